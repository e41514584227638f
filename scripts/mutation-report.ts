// Reads Stryker's JSON report (mutation-testing-report-schema) and groups its mutants by the
// folders the project tracks a mutation score for.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { z } from 'zod';

export const MUTATION_REPORT_PATH = 'artifacts/mutation/mutation.json';

const mutantStatus = z.enum([
  'Killed',
  'Survived',
  'NoCoverage',
  'Timeout',
  'CompileError',
  'RuntimeError',
  'Ignored',
  'Pending',
]);
export type MutantStatus = z.infer<typeof mutantStatus>;

const position = z.object({ line: z.number(), column: z.number() });
const mutantSchema = z.object({
  mutatorName: z.string(),
  replacement: z.string().optional(),
  status: mutantStatus,
  location: z.object({ start: position, end: position }),
});
export type ReportedMutant = z.infer<typeof mutantSchema>;

const reportSchema = z.object({
  files: z.record(z.string(), z.object({ source: z.string(), mutants: z.array(mutantSchema) })),
});
export interface ReportedFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  source: string;
  mutants: ReportedMutant[];
}

export function parseMutationReport(json: string, projectRoot: string): ReportedFile[] {
  const report = reportSchema.parse(JSON.parse(json));
  return Object.entries(report.files).map(([name, file]) => ({
    path: (isAbsolute(name) ? relative(projectRoot, name) : name).replaceAll('\\', '/'),
    source: file.source,
    mutants: file.mutants,
  }));
}

export function readMutationReport(
  reportPath = MUTATION_REPORT_PATH,
  projectRoot = process.cwd(),
): ReportedFile[] {
  let json: string;
  try {
    json = readFileSync(reportPath, 'utf8');
  } catch {
    throw new Error(
      `No mutation report at ${reportPath}. Run \`npm run test:mutation\` first (it writes the report there).`,
    );
  }
  return parseMutationReport(json, projectRoot);
}

const CORE = 'src-main/core/';

/**
 * The folder a file's score is counted under: the first folder below src-main/core
 * (src-main/core itself for its top-level files), or src-shared.
 */
export function scoreFolder(path: string): string {
  if (path.startsWith(CORE)) {
    const rest = path.slice(CORE.length);
    const slash = rest.indexOf('/');
    return slash === -1 ? 'src-main/core' : CORE + rest.slice(0, slash);
  }
  const slash = path.indexOf('/');
  return slash === -1 ? path : path.slice(0, slash);
}

/** The source text a mutant replaced (1-based lines and columns, as in the report schema). */
export function originalText(source: string, mutant: ReportedMutant): string {
  const lines = source.split('\n');
  const { start, end } = mutant.location;
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const first = (lines[start.line - 1] ?? '').slice(start.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  const last = (lines[end.line - 1] ?? '').slice(0, end.column - 1);
  return [first, ...middle, last].join('\n');
}
