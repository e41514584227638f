// What the settings fields accept, checked as the user types: the same ranges main's schemas enforce
// (src-shared/compare-schemas.ts, settings-schema.ts), said in words. An empty field means "inherit".
import {
  type CompareParams,
  MAX_OUTPUT_TOKENS,
  MAX_TEMPERATURE,
  type ReasoningEffort,
} from '../../../../../src-shared/compare.ts';

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

const DECIMAL = /^\d{1,9}(?:\.\d{1,9})?$/;
const WHOLE = /^\d{1,9}$/;
const COUNT = new Intl.NumberFormat('en-US');

export function parseTemperature(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: undefined };
  const value = Number(trimmed);
  if (!DECIMAL.test(trimmed) || value > MAX_TEMPERATURE) {
    return { ok: false, error: `Temperature is a number from 0 to ${MAX_TEMPERATURE}, such as 0.7.` };
  }
  return { ok: true, value };
}

/** Whole seconds or tokens within a range; `what` names the field in the message. */
export function parseWhole(text: string, min: number, max: number, what: string): Parsed<number> {
  const trimmed = text.trim().replaceAll(',', '');
  if (!trimmed) return { ok: true, value: undefined };
  const value = Number(trimmed);
  if (!WHOLE.test(trimmed) || value < min || value > max) {
    return {
      ok: false,
      error: `${what} is a whole number from ${COUNT.format(min)} to ${COUNT.format(max)}.`,
    };
  }
  return { ok: true, value };
}

/** Up to the model's own limit when it is known, else the most any request may ask for. */
export function parseMaxOutputTokens(text: string, modelLimit?: number): Parsed<number> {
  return parseWhole(
    text,
    1,
    Math.min(modelLimit ?? MAX_OUTPUT_TOKENS, MAX_OUTPUT_TOKENS),
    'Max output tokens',
  );
}

export function parseBaseUrl(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: undefined };
  const url = trimmed.length <= 500 && URL.canParse(trimmed) ? new URL(trimmed) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return {
      ok: false,
      error:
        'Base URL is a web address starting with https:// (or http:// for a local server), such as http://127.0.0.1:11434/v1.',
    };
  }
  return { ok: true, value: trimmed };
}

/** The params without unset fields: "unset" means absent, and main validates strictly. */
export function definedParams(params: CompareParams): CompareParams {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
}

export type ReasoningChoice = '' | 'on' | 'off';

export const reasoningChoice = (reasoning: boolean | undefined): ReasoningChoice =>
  reasoning === undefined ? '' : reasoning ? 'on' : 'off';

export const reasoningFrom = (choice: ReasoningChoice): boolean | undefined =>
  choice === '' ? undefined : choice === 'on';

export const EFFORTS: readonly ReasoningEffort[] = ['minimal', 'low', 'medium', 'high'];

export function effortFrom(choice: string): ReasoningEffort | undefined {
  return EFFORTS.find((effort) => effort === choice);
}
