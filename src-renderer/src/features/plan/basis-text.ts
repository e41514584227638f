// What the page and the exported report say about where tokens per request come from. Pure.
import type { TokenBasis } from './plan-store.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function basisText(basis: TokenBasis): string {
  if (basis.kind === 'hand') return 'Tokens per request: as typed below (assumed).';
  const models = plural(basis.measured.length, 'model');
  if (basis.kind === 'playground')
    return `Tokens per request: measured per model in the Playground's last run (${models}), × the requests per day below.`;
  return `Tokens per request: measured per model, averaged over ${plural(basis.runs, 'History conversation')} (${models}).`;
}

/** The report's "Based on" line; undefined for typed tokens. The report's table uses the typed workload. */
export function basedOnText(basis: TokenBasis): string | undefined {
  if (basis.kind === 'hand') return undefined;
  const measured = basis.measured
    .map((model) => `${model.provider}/${model.model} ${model.inputTokens} in, ${model.outputTokens} out`)
    .join('; ');
  const source =
    basis.kind === 'playground'
      ? `the Playground run "${basis.prompt.slice(0, 120)}"`
      : plural(basis.runs, 'History conversation');
  return `${source}, tokens measured per request: ${measured}`.slice(0, 500);
}
