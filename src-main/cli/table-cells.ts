import type { ColumnResult } from '../../src-shared/compare.ts';
import { costCell, speedCell, tokensCell } from './column-text.ts';
import { compactCount, compactMoney, compactRate } from './compact-numbers.ts';

// The cells of compare's table that can be long, each with shorter forms for when the table would
// not fit 100 columns otherwise: the table uses the fullest form that leaves the model name readable.

/** "¥0.002311 (~$0.0003255)", then compact amounts, then the USD estimate alone (at most 12 characters). */
export function costForms(result: ColumnResult): string[] {
  const full = costCell(result);
  const { cost } = result;
  if (!cost) return [full];
  const usd = `${cost.estimated ? '~' : ''}${compactMoney(cost.usd)}`;
  if (!cost.billed) return [full, usd];
  return [
    full,
    `${compactMoney(cost.billed.amount, cost.billed.currency)} (~${compactMoney(cost.usd)})`,
    usd,
  ];
}

/** "123,456,789/987,654,321", then "123M/988M" (at most 11 characters). */
export function tokensForms(result: ColumnResult): string[] {
  const { usage } = result;
  if (!usage) return [tokensCell(result)];
  return [tokensCell(result), `${compactCount(usage.inputTokens)}/${compactCount(usage.outputTokens)}`];
}

/** "123456.8~", then "123K~" (at most 6 characters). */
export function speedForms(result: ColumnResult): string[] {
  const { tokensPerSecond, tokensEstimated } = result.timing;
  if (tokensPerSecond === null) return [speedCell(result)];
  return [speedCell(result), `${compactRate(tokensPerSecond)}${tokensEstimated ? '~' : ''}`];
}
