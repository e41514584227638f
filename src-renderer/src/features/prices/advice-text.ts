import type { PromptAdvice } from '../../../../src-shared/pricing.ts';

/** What the advice recommends, in one sentence: the Models & Prices advisor and the Playground say it alike. */
export function recommendationText(advice: PromptAdvice): string {
  const pick = advice.recommendation;
  if (pick) {
    return `Cheapest good-enough model you have a key for: ${pick.provider}/${pick.model} (${pick.tier}, $${pick.blendedPerMillion.toFixed(2)} per 1M tokens blended${pick.quality === null ? '' : `, quality ${pick.quality}`}).`;
  }
  return advice.considered === 0
    ? 'No priced model is configured yet: add a key on the Keys page.'
    : `None of the ${advice.considered} models you have keys for reaches that tier and quality.`;
}
