// `npm run bench` arguments: which sections to run, and whether quickly.
import { parseArgs } from 'node:util';
import { SECTION_NAMES, type SectionName } from './bench-results-file.ts';

export const BENCH_USAGE = `usage: npm run bench [-- --only ${SECTION_NAMES.join(',')}] [-- --quick]`;

export type BenchArgs = { ok: true; sections: SectionName[]; quick: boolean } | { ok: false; error: string };

const isSectionName = (name: string): name is SectionName =>
  (SECTION_NAMES as readonly string[]).includes(name);

/**
 * The sections to run, in the runner's order (SECTION_NAMES) whatever order --only lists them in. A
 * bare `--` is skipped, so `npm run bench -- --only x -- --quick` means what it says.
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values: { only?: string[] | undefined; quick?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: { only: { type: 'string', multiple: true }, quick: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: `bench: ${(error as Error).message}. ${BENCH_USAGE}` };
  }
  const quick = values.quick ?? false;
  if (values.only === undefined) return { ok: true, sections: [...SECTION_NAMES], quick };
  const asked = values.only.flatMap((list) => list.split(',')).map((name) => name.trim());
  const unknown = asked.filter((name) => !isSectionName(name));
  if (unknown.length > 0) {
    const named = unknown.map((name) => (name === '' ? '""' : name)).join(', ');
    return {
      ok: false,
      error: `bench: no section named ${named}; the sections are ${SECTION_NAMES.join(', ')}`,
    };
  }
  return { ok: true, sections: SECTION_NAMES.filter((name) => asked.includes(name)), quick };
}
