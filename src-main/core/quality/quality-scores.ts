import type { ProviderId } from '../../../src-shared/domain.ts';

export interface QualityScore {
  provider: ProviderId;
  model: string;
  /** 0–100 on the named index. Index versions are not comparable with each other. */
  score: number;
  index: string;
  version: string;
  /** YYYY-MM-DD of the snapshot. */
  date: string;
  /** Which configuration was measured, when the index distinguishes. */
  variant?: string;
  source: 'bundled' | 'user';
}

const AA = {
  index: 'Artificial Analysis Intelligence Index',
  version: 'v3',
  date: '2025-11-20',
  source: 'bundled',
} as const;

/** The v3 snapshot of 2025-11-20 (PROVIDERS.md). Models it did not measure have no score, not a guess. */
export const BUNDLED_QUALITY: readonly QualityScore[] = [
  { provider: 'anthropic', model: 'claude-sonnet-4-5', score: 63, variant: 'reasoning', ...AA },
  { provider: 'minimax', model: 'MiniMax-M2', score: 61, ...AA },
  { provider: 'gemini', model: 'gemini-2.5-pro', score: 60, ...AA },
  { provider: 'anthropic', model: 'claude-haiku-4-5', score: 55, variant: 'reasoning', ...AA },
  { provider: 'gemini', model: 'gemini-2.5-flash', score: 54, variant: 'reasoning', ...AA },
  { provider: 'moonshot', model: 'kimi-k2-thinking', score: 67, ...AA },
  { provider: 'moonshot', model: 'kimi-k2-0905-preview', score: 50, ...AA },
  { provider: 'openrouter', model: 'minimax/minimax-m2', score: 61, ...AA },
];

export class QualityTable {
  private readonly overrides = new Map<string, QualityScore>();
  private readonly bundled: Map<string, QualityScore>;

  constructor(bundled: readonly QualityScore[] = BUNDLED_QUALITY) {
    this.bundled = new Map(bundled.map((entry) => [`${entry.provider}/${entry.model.toLowerCase()}`, entry]));
  }

  /** A personal score (a blind vote's result, or the user's own judgement) wins over the bundled one. */
  setOverride(score: QualityScore): void {
    this.overrides.set(`${score.provider}/${score.model.toLowerCase()}`, { ...score, source: 'user' });
  }

  clearOverrides(): void {
    this.overrides.clear();
  }

  lookup(provider: ProviderId, model: string): QualityScore | null {
    const key = `${provider}/${model.toLowerCase()}`;
    return this.overrides.get(key) ?? this.bundled.get(key) ?? null;
  }
}

export function describeScore(score: QualityScore): string {
  return `${score.score} on the ${score.index} ${score.version}${score.variant ? ` (${score.variant})` : ''}, ${score.date}${score.source === 'user' ? ', your override' : ''}`;
}
