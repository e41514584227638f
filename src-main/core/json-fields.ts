/** Safe reads of untrusted JSON from providers: a wrong type reads as empty, never throws. */
export type Json = Record<string, unknown>;

export const asJson = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

export const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
