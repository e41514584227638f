// Prints the mutation score per folder from Stryker's JSON report, against the project's targets.
// `node scripts/mutation-scores.ts [--check] [report.json]`; --check exits 1 when a target is missed.
import {
  MUTATION_REPORT_PATH,
  type MutantStatus,
  type ReportedFile,
  readMutationReport,
  scoreFolder,
} from './mutation-report.ts';
import { isMutated } from './mutation-scope.mjs';

/** Files that have a row (and a target) of their own besides counting towards their folder. */
const OWN_ROWS = ['src-shared/base-url-policy.ts', 'src-shared/key-detect.ts'];

export const OVERALL = 'overall';

/** Minimum mutation score (percent) per row; rows not listed have no target. */
export const TARGETS: ReadonlyMap<string, number> = new Map([
  ['src-main/core/errors', 90],
  ['src-main/core/pricing', 90],
  ['src-main/core/wires', 90],
  ['src-main/core/keys', 90],
  ['src-main/core/ipc', 90],
  ['src-shared/base-url-policy.ts', 90],
  ['src-shared/key-detect.ts', 90],
  [OVERALL, 85],
]);

export interface ScoreRow {
  name: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  compileError: number;
  runtimeError: number;
  ignored: number;
  /** Stryker's mutation score: detected / (detected + undetected), in percent; null with no valid mutants. */
  score: number | null;
  target: number | null;
}

type Counts = Omit<ScoreRow, 'name' | 'score' | 'target'>;

const COUNTED: Record<MutantStatus, keyof Counts | null> = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  CompileError: 'compileError',
  RuntimeError: 'runtimeError',
  Ignored: 'ignored',
  Pending: null,
};

function emptyCounts(): Counts {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileError: 0, runtimeError: 0, ignored: 0 };
}

function toRow(name: string, counts: Counts): ScoreRow {
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  return {
    name,
    ...counts,
    score: valid === 0 ? null : (100 * detected) / valid,
    target: TARGETS.get(name) ?? null,
  };
}

/** One row per folder (sorted), one per file in OWN_ROWS, then the overall row. */
export function scoreRows(files: readonly ReportedFile[]): ScoreRow[] {
  const byRow = new Map<string, Counts>();
  const overall = emptyCounts();
  for (const file of files) {
    const rowNames = [scoreFolder(file.path), ...(OWN_ROWS.includes(file.path) ? [file.path] : [])];
    const rows = rowNames.map((rowName) => {
      const existing = byRow.get(rowName);
      if (existing) return existing;
      const created = emptyCounts();
      byRow.set(rowName, created);
      return created;
    });
    for (const mutant of file.mutants) {
      const key = COUNTED[mutant.status];
      if (key === null) continue;
      for (const row of [...rows, overall]) row[key] += 1;
    }
  }
  const names = [...byRow.keys()].sort();
  return [...names.map((name) => toRow(name, byRow.get(name) ?? emptyCounts())), toRow(OVERALL, overall)];
}

export function missedTargets(rows: readonly ScoreRow[]): ScoreRow[] {
  return rows.filter((row) => row.target !== null && row.score !== null && row.score < row.target);
}

function verdict(row: ScoreRow): string {
  if (row.target === null) return '';
  if (row.score === null) return `target ${row.target} %: no mutants tested`;
  return `${row.score >= row.target ? 'meets' : 'MISSES'} target ${row.target} %`;
}

export function formatScoreTable(rows: readonly ScoreRow[]): string {
  const header = ['folder', 'score', 'killed', 'timeout', 'survived', 'no cov', 'compile err', 'ignored', ''];
  const body = rows.map((row) => [
    row.name,
    row.score === null ? 'n/a' : `${row.score.toFixed(1)} %`,
    String(row.killed),
    String(row.timeout),
    String(row.survived),
    String(row.noCoverage),
    String(row.compileError),
    String(row.ignored),
    verdict(row),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line)].join('\n');
}

/**
 * What the overall row stands for: the report holds only the files some run has mutated so far (runs
 * with --only add theirs to the kept results), so its total is not the code base's until every file is in.
 */
export function overallScope(files: readonly ReportedFile[]): string {
  const count = files.length;
  return `The overall row counts the ${count} source file${count === 1 ? '' : 's'} in this report, those mutated by some run so far; a whole run (no --only) covers every file under src-main/core and src-shared.`;
}

/**
 * The reported files a whole run still mutates. The kept results hold on to a file's mutants after it
 * is removed or excluded from mutation (say, a new test-support file), and those would go on counting.
 */
export function filesInScope(
  files: readonly ReportedFile[],
  mutated: (path: string) => boolean = isMutated,
): { counted: ReportedFile[]; dropped: string[] } {
  const counted = files.filter((file) => mutated(file.path));
  const dropped = files.filter((file) => !mutated(file.path)).map((file) => file.path);
  return { counted, dropped };
}

/** Prints the score table of a report; exits 1 when it cannot be read, or (with `check`) a target is missed. */
export function printScores(reportPath: string, check: boolean): void {
  try {
    const { counted: files, dropped } = filesInScope(readMutationReport(reportPath));
    const rows = scoreRows(files);
    console.log(`\n${formatScoreTable(rows)}\n${overallScope(files)}`);
    if (dropped.length > 0)
      console.log(`Not counted, no longer mutated (removed or excluded): ${dropped.join(', ')}.`);
    const missed = missedTargets(rows);
    if (check && missed.length > 0) {
      console.error(`Mutation score below target in: ${missed.map((row) => row.name).join(', ')}.`);
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  printScores(args.find((arg) => !arg.startsWith('--')) ?? MUTATION_REPORT_PATH, args.includes('--check'));
}
