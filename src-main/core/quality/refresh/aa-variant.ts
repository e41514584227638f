// A model's configuration as Artificial Analysis names it: "GPT-5 mini (high)" → variant "high".
import { knownVariant } from '../variant-labels.ts';

const MAX_VARIANT = 60;

export interface AaVariant {
  variant: string | null;
  reasoning: boolean | null;
  effort: string | null;
  /** The slug without the variant's suffix ("gpt-5-mini-high" → "gpt-5-mini"). */
  baseSlug: string;
}

/** Slug form of a label: lowercase, runs of anything but letters and digits as one dash. */
export function slugOf(text: string): string {
  let out = '';
  let dash = false;
  for (const char of text.toLowerCase()) {
    const keep = (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9');
    if (keep) {
      if (dash && out) out += '-';
      out += char;
      dash = false;
    } else dash = true;
  }
  return out;
}

/**
 * Reads the trailing "(…)" of a name (a scan, not a regex: names are provider text). Only a reasoning
 * or effort label is a variant ("(high)", "(Non-reasoning)"); anything else ("(ChatGPT)", "(Nov '24)")
 * is part of the model's name, and the slug stays whole.
 */
export function aaVariant(name: string, slug: string): AaVariant {
  const trimmed = name.trim();
  const open = trimmed.lastIndexOf('(');
  const label =
    trimmed.endsWith(')') && open > 0
      ? trimmed
          .slice(open + 1, -1)
          .trim()
          .slice(0, MAX_VARIANT)
      : '';
  const known = label ? knownVariant(label) : undefined;
  if (!known) return { variant: null, reasoning: null, effort: null, baseSlug: slug };
  const suffix = `-${slugOf(label)}`;
  const baseSlug =
    slug.endsWith(suffix) && slug.length > suffix.length ? slug.slice(0, -suffix.length) : slug;
  return { variant: label, reasoning: known.reasoning, effort: known.effort, baseSlug };
}
