// bench-results.json: the one writer for `npm run bench` and for the ui bench run on its own. Each write
// merges into the file already there, so `--only pricing` replaces the "pricing" section and keeps the
// others. The shape is documented in docs/bench-results.md.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = join(import.meta.dirname, '..', 'bench-results.json');
export const SCHEMA_VERSION = 1;

/** In the order the runner runs them. */
export const SECTION_NAMES = ['decode', 'latency', 'pricing', 'startup', 'history', 'ui'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** What a section's run() returns: plain JSON data (objects, arrays, numbers, strings, booleans, null). */
export type SectionResult = object;

export interface MachineInfo {
  cpus: { model: string; count: number };
  /** Total memory, GiB (2^30 bytes), one decimal. */
  memoryGiB: number;
  /** process.platform and process.arch, e.g. "linux x64". */
  platform: string;
  /** process.version, e.g. "v24.21.0". */
  node: string;
  /** The Chromium the ui section ran in, e.g. "Chromium 156.0.8078.108"; absent until a ui run. */
  chromium?: string;
}

/** When a section's numbers were taken, and whether in a --quick run. */
export interface SectionRun {
  createdAt: string;
  quick: boolean;
  /** The 1, 5 and 15 minute load averages as the run began (other work on the machine skews numbers). */
  loadAverage: number[];
}

export interface BenchResults {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The latest write (ISO 8601). */
  createdAt: string;
  machine: MachineInfo;
  /** Whether the latest write came from a --quick run. */
  quick: boolean;
  sections: Partial<Record<SectionName, SectionResult>>;
  sectionRuns: Partial<Record<SectionName, SectionRun>>;
}

/** One run's sections, to merge into the file. */
export interface BenchRun {
  createdAt: string;
  quick: boolean;
  loadAverage: number[];
  machine: MachineInfo;
  sections: Partial<Record<SectionName, SectionResult>>;
}

export function machineInfo(chromium?: string): MachineInfo {
  const cores = cpus();
  return {
    cpus: { model: cores[0]?.model.trim() ?? 'unknown', count: cores.length },
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    ...(chromium ? { chromium } : {}),
  };
}

export function currentLoadAverage(): number[] {
  return loadavg().map((load) => Math.round(load * 100) / 100);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isSectionRun(value: unknown): value is SectionRun {
  return (
    isRecord(value) &&
    typeof value.createdAt === 'string' &&
    typeof value.quick === 'boolean' &&
    Array.isArray(value.loadAverage) &&
    value.loadAverage.every((load) => typeof load === 'number')
  );
}

interface Kept {
  sections: Partial<Record<SectionName, SectionResult>>;
  sectionRuns: Partial<Record<SectionName, SectionRun>>;
  chromium: string | undefined;
}

/** What an earlier file holds that a new run keeps, or why none of it can be kept. */
function keptFrom(previousText: string): Kept | { unusable: string } {
  let previous: unknown;
  try {
    previous = JSON.parse(previousText);
  } catch {
    return { unusable: 'it is not valid JSON' };
  }
  if (!isRecord(previous) || previous.schemaVersion !== SCHEMA_VERSION) {
    return { unusable: `it is not a bench results file of schemaVersion ${SCHEMA_VERSION}` };
  }
  const { sections, sectionRuns, machine } = previous;
  if (!isRecord(sections)) return { unusable: 'its "sections" is not an object' };
  const kept: Kept = { sections: {}, sectionRuns: {}, chromium: undefined };
  // Only our own section names are carried over: anything else in the file is dropped.
  for (const name of SECTION_NAMES) {
    const section = Object.hasOwn(sections, name) ? sections[name] : undefined;
    if (typeof section !== 'object' || section === null) continue;
    kept.sections[name] = section;
    const run = isRecord(sectionRuns) && Object.hasOwn(sectionRuns, name) ? sectionRuns[name] : undefined;
    if (isSectionRun(run)) kept.sectionRuns[name] = run;
  }
  if (isRecord(machine) && typeof machine.chromium === 'string') kept.chromium = machine.chromium;
  return kept;
}

/**
 * The file after a run: the run's sections replace theirs, the earlier file's other sections are kept.
 * An earlier file that is not ours (not JSON, another shape) is replaced, and `replaced` says why.
 */
export function mergeResults(
  previousText: string | null,
  run: BenchRun,
): { results: BenchResults; replaced: string | null } {
  const kept = previousText === null ? null : keptFrom(previousText);
  const usable = kept !== null && !('unusable' in kept) ? kept : null;
  const sections = { ...usable?.sections };
  const sectionRuns = { ...usable?.sectionRuns };
  const stamp: SectionRun = { createdAt: run.createdAt, quick: run.quick, loadAverage: run.loadAverage };
  for (const name of SECTION_NAMES) {
    const section = run.sections[name];
    if (section === undefined) continue;
    sections[name] = section;
    sectionRuns[name] = stamp;
  }
  // The Chromium version belongs to the ui numbers: kept as long as they are.
  const chromium = run.machine.chromium ?? (sections.ui ? usable?.chromium : undefined);
  return {
    results: {
      schemaVersion: SCHEMA_VERSION,
      createdAt: run.createdAt,
      machine: { ...run.machine, ...(chromium ? { chromium } : {}) },
      quick: run.quick,
      sections,
      sectionRuns,
    },
    replaced: kept !== null && 'unusable' in kept ? kept.unusable : null,
  };
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Merges the run into the results file (written whole to a temporary file, then renamed over it) and
 * returns the lines to print.
 */
export function writeBenchResults(run: BenchRun, file = RESULTS_FILE): string[] {
  const { results, replaced } = mergeResults(readIfPresent(file), run);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(temporary, file);
  const names = SECTION_NAMES.filter((name) => run.sections[name] !== undefined);
  return [
    ...(replaced ? [`bench: ${file} was replaced, since ${replaced} (its earlier numbers are gone).`] : []),
    `bench: ${names.join(', ') || 'no sections'} written to ${file} (shape: docs/bench-results.md)`,
  ];
}
