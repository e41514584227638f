import type { StreamEvent } from '../../../src-shared/domain.ts';

export const MAX_MODEL_ID_CHARS = 200;
/** The most model events one answer reports; past it a provider that keeps changing its model is ignored. */
export const MAX_MODEL_CHANGES = 8;

/** Control, format (bidi overrides, zero-width), unassigned and private-use characters: one class, no quantifier. */
const UNPRINTABLE = /\p{C}/u;

/** The model id a provider says answered, when a window can show it as is: 1–200 printable characters. */
export function answeringModel(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim() || value.length > MAX_MODEL_ID_CHARS) return null;
  return UNPRINTABLE.test(value) ? null : value;
}

/**
 * Reports the answering model once, and again only when it changes (OpenAI-wire chunks repeat it), at
 * most MAX_MODEL_CHANGES times.
 */
export class AnswerModel {
  private last: string | null = null;
  private reported = 0;

  report(value: unknown): StreamEvent[] {
    // OpenAI-wire chunks repeat the model on every frame: the same one is no change (and needs no second look).
    if (value === this.last) return [];
    const model = answeringModel(value);
    if (!model || this.reported >= MAX_MODEL_CHANGES) return [];
    this.last = model;
    this.reported++;
    return [{ type: 'model', model }];
  }
}
