import type { ProviderId } from '../../../src-shared/domain.ts';

export interface OffPeakDiscount {
  /** The share of the price taken off off-peak (0.5: half price). */
  discount: number;
  /** False while only third parties report it. */
  confirmed: boolean;
  source: string;
}

/**
 * DeepSeek, since 2026-08-16: off-peak is half the peak price; peak is 01:00–04:00 and 06:00–10:00 UTC
 * on weekdays. Third-party notices only (as of 2026-11): unconfirmed until api-docs.deepseek.com says so.
 */
const OFF_PEAK = new Map<ProviderId, OffPeakDiscount>([
  [
    'deepseek',
    {
      discount: 0.5,
      confirmed: false,
      source:
        'DeepSeek off-peak half price since 2026-08-16 (peak 01:00–04:00 and 06:00–10:00 UTC on weekdays); third-party notices, not confirmed on api-docs.deepseek.com as of 2026-11',
    },
  ],
]);

export function offPeakDiscountFor(provider: ProviderId): OffPeakDiscount | null {
  return OFF_PEAK.get(provider) ?? null;
}
