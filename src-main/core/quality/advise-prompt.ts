import type { ProviderId } from '../../../src-shared/domain.ts';
import type { PriceRow, PromptAdvice } from '../../../src-shared/pricing.ts';
import { type Candidate, classifyPrompt, recommendModel } from './prompt-tier.ts';

/** The prompt's tier, and the cheapest model at that tier or above among providers the user can call. */
export function advisePrompt(
  prompt: string,
  rows: readonly PriceRow[],
  isConfigured: (provider: ProviderId) => boolean,
  minQuality = 0,
): PromptAdvice {
  const candidates: (Candidate & { provider: ProviderId })[] = rows.flatMap((row) => {
    if (
      !isConfigured(row.provider) ||
      !row.tier ||
      row.inputUsdPerToken === null ||
      row.outputUsdPerToken === null
    )
      return [];
    const price = ((row.inputUsdPerToken * 3 + row.outputUsdPerToken) / 4) * 1_000_000;
    return [{ provider: row.provider, model: row.model, tier: row.tier, quality: row.quality, price }];
  });
  const classified = classifyPrompt(prompt);
  const best = recommendModel(classified, candidates, minQuality) as
    | (Candidate & { provider: ProviderId })
    | null;
  return {
    tier: classified.tier,
    reason: classified.reason,
    recommendation:
      best?.tier && best.price !== null
        ? {
            provider: best.provider,
            model: best.model,
            tier: best.tier,
            quality: best.quality,
            blendedPerMillion: best.price,
          }
        : null,
    considered: candidates.length,
  };
}
