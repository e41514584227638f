/**
 * Token shapes that must never reach a message, even masked by the provider. One alternation, so
 * the leftmost key goes whole even when another shape appears inside it (a Gemini key holding
 * "-sk-…" lost only its tail when each shape had its own pass). Linear on any text: a shape either
 * ends with its open-ended run (so a match consumes the run) or, for a JWT, starts only where a run
 * of its characters starts, so no run is rescanned from every position inside it.
 */
const KEY_SHAPES = new RegExp(
  [
    /\bsk-[A-Za-z0-9_*.-]{8,}/.source,
    /(?<![\w-])eyJ[\w-]{8,}\.[\w-]{4,}\.[\w-]*/.source,
    /\bAIza[\w-]{20,}/.source,
  ].join('|'),
  'g',
);
const BEARER_TOKEN = /\bBearer\s+[\w.~+/=-]{8,}/gi;

/** Removes the given known secrets (pass the longest first, so a key containing another goes whole). */
export function scrubKnown(text: string, knownSecrets: readonly string[]): string {
  let clean = text;
  for (const secret of knownSecrets) if (secret.length >= 6) clean = clean.split(secret).join('[redacted]');
  return clean;
}

/** Removes key-shaped strings (and the given known secrets) from text meant for users or logs. */
export function scrubSecrets(text: string, knownSecrets: readonly string[] = []): string {
  return scrubKnown(text, knownSecrets).replace(KEY_SHAPES, '[redacted]').replace(BEARER_TOKEN, '[redacted]');
}
