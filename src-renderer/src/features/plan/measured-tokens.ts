// Tokens per model measured in real runs (the Playground's last run, or chosen History runs),
// averaged per model: reasoning-heavy models emit more for the same prompt, and that is the point. Pure.
import type { ModelRef, ProviderId, Usage } from '../../../../src-shared/domain.ts';

/** One answer's measured usage, from whichever model gave it. */
export interface MeasuredAnswer {
  provider: ProviderId;
  model: string;
  usage: Usage;
}

/** A model's average request, from `answers` runs. */
export interface MeasuredModel extends ModelRef {
  inputTokens: number;
  outputTokens: number;
  /** Shares 0–1 of input and output. */
  cacheHitShare: number;
  reasoningShare: number;
  answers: number;
}

export const modelKey = (ref: ModelRef): string => `${ref.provider}/${ref.model}`;

interface Totals {
  ref: ModelRef;
  input: number;
  output: number;
  cacheRead: number;
  reasoning: number;
  answers: number;
}

/** Averages per model, in the order each model first appears; answers with no tokens at all are left out. */
export function averageByModel(answers: readonly MeasuredAnswer[]): MeasuredModel[] {
  const totals = new Map<string, Totals>();
  for (const { provider, model, usage } of answers) {
    if (usage.inputTokens + usage.outputTokens <= 0) continue;
    const key = modelKey({ provider, model });
    const entry = totals.get(key) ?? {
      ref: { provider, model },
      input: 0,
      output: 0,
      cacheRead: 0,
      reasoning: 0,
      answers: 0,
    };
    entry.input += usage.inputTokens;
    entry.output += usage.outputTokens;
    entry.cacheRead += usage.cacheReadTokens;
    entry.reasoning += usage.reasoningTokens;
    entry.answers += 1;
    totals.set(key, entry);
  }
  return [...totals.values()].map((entry) => ({
    ...entry.ref,
    inputTokens: Math.round(entry.input / entry.answers),
    outputTokens: Math.round(entry.output / entry.answers),
    cacheHitShare: entry.input > 0 ? Math.min(1, entry.cacheRead / entry.input) : 0,
    reasoningShare: entry.output > 0 ? Math.min(1, entry.reasoning / entry.output) : 0,
    answers: entry.answers,
  }));
}
