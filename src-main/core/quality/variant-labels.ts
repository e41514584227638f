// What an index's variant label says about the configuration it measured: reasoning on or off, and
// the effort. A table of the labels the bundled data uses (exact match, lower-cased), never a guess:
// a label not in it keeps its text and says nothing about reasoning (null).

export interface ParsedVariant {
  /** The label as shown to users; null when the index gave the entry no label of its own. */
  variant: string | null;
  reasoning: boolean | null;
  effort: string | null;
  /** The index scored a preview entry of the model (LMArena's "minimax-m2.1-preview"). */
  preview: boolean;
}

/** Reasoning efforts from least to most, as the indexes and providers name them. */
export const EFFORT_ORDER = ['minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;

const mode = (reasoning: boolean | null, effort: string | null = null) => ({ reasoning, effort });

const LABELS: ReadonlyMap<string, { reasoning: boolean | null; effort: string | null }> = new Map([
  ['non-reasoning', mode(false)],
  ['non-thinking', mode(false)],
  ['no-thinking', mode(false)],
  ['instant', mode(false)],
  ['non-reasoning (deepseek-chat)', mode(false)],
  // Claude's effort parameter also applies without extended thinking.
  ['non-reasoning, high effort', mode(false, 'high')],
  ['non-reasoning, low effort', mode(false, 'low')],
  ['reasoning', mode(true)],
  ['reasoning (always-on)', mode(true)],
  ['reasoning (deepseek-reasoner)', mode(true)],
  ['thinking', mode(true)],
  ['thinking-16k', mode(true)],
  ['thinking-32k', mode(true)],
  ['thinking-minimal', mode(true, 'minimal')],
  ['adaptive reasoning, max effort', mode(true, 'max')],
  ['reasoning, max effort', mode(true, 'max')],
  ['reasoning, high effort', mode(true, 'high')],
  ['default (medium)', mode(true, 'medium')],
  ...EFFORT_ORDER.map((effort) => [effort, mode(true, effort)] as const),
  ['default', mode(null)],
  ['default (as served on arena)', mode(null)],
]);

/** What a known label says about reasoning and effort; undefined for a label not in the table. */
export function knownVariant(
  label: string,
): { reasoning: boolean | null; effort: string | null } | undefined {
  return LABELS.get(label.toLowerCase());
}

/** LMArena rows whose only "variant" is the name of the preview entry that was scored. */
const ARENA_ENTRY = /^arena entry is '([^']{1,200})'$/;

/**
 * Reads one variant label. `sourceModel` is the model's name on the index and `model` the provider id
 * it is stored under: a label that merely repeats the index's own entry name is no variant at all.
 */
export function parseVariant(label: string | null, sourceModel: string, model: string): ParsedVariant {
  const preview = /preview/i.test(sourceModel) && !/preview/i.test(model);
  if (label === null || ARENA_ENTRY.test(label) || label.toLowerCase() === sourceModel.toLowerCase()) {
    return { variant: null, reasoning: null, effort: null, preview };
  }
  const known = LABELS.get(label.toLowerCase());
  return { variant: label, reasoning: known?.reasoning ?? null, effort: known?.effort ?? null, preview };
}
