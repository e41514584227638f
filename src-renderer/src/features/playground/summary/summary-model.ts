// What the Summary says about a finished run: who was cheapest, fastest and best, and what it cost.
import type { MoneyTotal } from '../../../../../src-shared/history.ts';
import { sumAnswers } from '../../spending/money-total.ts';
import type { ColumnRun } from '../run-state.ts';

export interface SummaryInput {
  label: string;
  run: ColumnRun | undefined;
  /** The model's score on the chosen quality index, for how the column calls it; null when unscored there. */
  quality: number | null;
}

export interface Winner {
  label: string;
  value: number;
}

export interface CostMultiple {
  label: string;
  /** "1×", "14×", or "free" for an answer that cost nothing. */
  multiple: string;
}

export interface RunSummary {
  cheapest: Winner | null;
  fastestFirstToken: Winner | null;
  fastestTotal: Winner | null;
  /** Among the answers scored on the chosen index only (scores of different indexes never compare). */
  highestQuality: Winner | null;
  /** Answers left out of highestQuality: their model has no score on the chosen index. */
  qualityUnscored: number;
  /** Every priced answer's cost against the cheapest non-zero one, cheapest first. */
  multiples: CostMultiple[];
  /**
   * What this run's answers cost together (failed and cancelled ones included), CNY bills apart, and
   * the answers that used tokens at an unknown price.
   */
  total: MoneyTotal;
}

function lowest(entries: readonly Winner[]): Winner | null {
  let best: Winner | null = null;
  for (const entry of entries) if (!best || entry.value < best.value) best = entry;
  return best;
}

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatMultiple(ratio: number): string {
  return `${ratio < 10 ? ONE_DECIMAL.format(ratio) : Math.round(ratio).toLocaleString('en-US')}×`;
}

/** The summary of the columns' current answers, or null until an answer finished and none runs. */
export function summarizeRun(inputs: readonly SummaryInput[]): RunSummary | null {
  const finished = inputs.filter((input) => input.run?.summary);
  if (finished.length === 0 || finished.length < inputs.filter((input) => input.run).length) return null;
  const answered = finished.flatMap(({ label, run, quality }) =>
    run?.phase === 'done' && run.summary ? [{ label, summary: run.summary, quality }] : [],
  );
  const costs = answered.flatMap(({ label, summary }) =>
    summary.cost ? [{ label, value: summary.cost.usd }] : [],
  );
  const base = lowest(costs.filter((cost) => cost.value > 0));
  const multiples = [...costs]
    .sort((a, b) => a.value - b.value)
    .map(({ label, value }) => ({
      label,
      multiple: value === 0 || !base ? 'free' : formatMultiple(value / base.value),
    }));
  const total = sumAnswers(finished.flatMap(({ run }) => (run?.summary ? [run.summary] : [])));
  const qualities = answered.flatMap(({ label, quality }) =>
    quality === null ? [] : [{ label, value: -quality }],
  );
  const best = lowest(qualities);
  return {
    cheapest: lowest(costs),
    fastestFirstToken: lowest(
      answered.flatMap(({ label, summary }) =>
        summary.timing.ttftMs === null ? [] : [{ label, value: summary.timing.ttftMs }],
      ),
    ),
    fastestTotal: lowest(answered.map(({ label, summary }) => ({ label, value: summary.timing.totalMs }))),
    highestQuality: best ? { label: best.label, value: -best.value } : null,
    qualityUnscored: answered.length - qualities.length,
    multiples,
    total,
  };
}
