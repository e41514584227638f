import type { PromptAdvice } from '../../../../src-shared/pricing.ts';
import { formatScore } from './quality-view.ts';

/**
 * What the advice recommends, in one sentence: the Models & Prices advisor and the Playground say it
 * alike. `indexLabel` names the quality index the advice compared on ("AA Intelligence v4.1").
 */
export function recommendationText(advice: PromptAdvice, indexLabel: string): string {
  const pick = advice.recommendation;
  if (pick) {
    const quality =
      pick.quality === null
        ? `not scored on ${indexLabel}`
        : `quality ${formatScore(pick.quality)} on ${indexLabel}`;
    return `Cheapest good-enough model you have a key for: ${pick.provider}/${pick.model} (${pick.tier}, $${pick.blendedPerMillion.toFixed(2)} per 1M tokens blended, ${quality}).`;
  }
  return advice.considered === 0
    ? 'No priced model is configured yet: add a key on the Keys page.'
    : `None of the ${advice.considered} models you have keys for reaches that tier and quality on ${indexLabel}.`;
}
