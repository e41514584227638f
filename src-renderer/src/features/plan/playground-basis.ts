// The Playground's last run as measured answers, for "Use this Playground run × N per day".
import type { ColumnRun } from '../playground/run-state.ts';
import type { PlaygroundColumn } from '../playground/setup-store.ts';
import type { MeasuredAnswer } from './measured-tokens.ts';

/** Each column that has usage, under its column's model. */
export function playgroundAnswers(
  columns: readonly PlaygroundColumn[],
  runs: ReadonlyMap<string, ColumnRun>,
): MeasuredAnswer[] {
  return columns.flatMap((column) => {
    const usage = runs.get(column.id)?.usage;
    return usage ? [{ provider: column.provider, model: column.model, usage }] : [];
  });
}

/** The prompt the run answered, for the page and the report to name it. */
export function playgroundPrompt(runs: ReadonlyMap<string, ColumnRun>): string {
  for (const run of runs.values()) if (run.usage) return run.prompt;
  return '';
}
