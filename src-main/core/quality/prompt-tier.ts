import { TIERS, type Tier } from '../../../src-shared/domain.ts';
import { estimateTokens } from '../compare/stream-metrics.ts';
import { contentSignals } from './prompt-signals.ts';

export interface PromptSignals {
  tokens: number;
  code: boolean;
  math: boolean;
  multiStep: boolean;
}

export interface PromptTier {
  tier: Tier;
  signals: PromptSignals;
  reason: string;
}

function raise(tier: Tier, steps: number): Tier {
  return TIERS[Math.min(TIERS.length - 1, TIERS.indexOf(tier) + steps)]!;
}

/**
 * A prompt's tier from its size and content: short chat is MICRO; each of code, math and
 * multi-step reasoning raises it one tier; long prompts start higher (over 2k tokens STANDARD,
 * over 20k VERSATILE). A heuristic, and shown as one: the reason lists what it saw.
 */
export function classifyPrompt(prompt: string): PromptTier {
  const signals: PromptSignals = { tokens: estimateTokens(prompt.length), ...contentSignals(prompt) };
  let tier: Tier = signals.tokens > 20_000 ? 'VERSATILE' : signals.tokens > 2_000 ? 'STANDARD' : 'MICRO';
  const seen = (['code', 'math', 'multiStep'] as const).filter((signal) => signals[signal]);
  tier = raise(tier, seen.length);
  const what =
    seen.length > 0
      ? seen.map((signal) => (signal === 'multiStep' ? 'multi-step reasoning' : signal)).join(', ')
      : 'plain chat';
  return { tier, signals, reason: `About ${signals.tokens.toLocaleString('en-US')} tokens; ${what}.` };
}

export interface Candidate {
  provider: string;
  model: string;
  tier: Tier | null;
  quality: number | null;
  /** Blended USD per 1M tokens. */
  price: number | null;
}

/**
 * The cheapest configured model at the prompt's tier or above whose quality clears the threshold
 * (models with no score pass only when the threshold is 0). Null when none qualifies.
 */
export function recommendModel(
  prompt: PromptTier,
  candidates: readonly Candidate[],
  minQuality = 0,
): Candidate | null {
  const floor = TIERS.indexOf(prompt.tier);
  const eligible = candidates.filter(
    (candidate) =>
      candidate.tier !== null &&
      candidate.price !== null &&
      TIERS.indexOf(candidate.tier) >= floor &&
      (minQuality === 0 || (candidate.quality ?? -1) >= minQuality),
  );
  return eligible.sort((a, b) => (a.price ?? 0) - (b.price ?? 0))[0] ?? null;
}
