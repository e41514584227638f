/**
 * Token shapes that must never reach a message, even masked by the provider. Linear on any text: a
 * shape either ends with its open-ended run (so a match consumes the run) or, for a JWT, starts only
 * where a run of its characters starts, so no run is rescanned from every position inside it.
 */
const SECRET_SHAPES = [
  /\bsk-[A-Za-z0-9_*.-]{8,}/g,
  /(?<![\w-])eyJ[\w-]{8,}\.[\w-]{4,}\.[\w-]*/g,
  /\bAIza[\w-]{20,}/g,
  /\bBearer\s+[\w.~+/=-]{8,}/gi,
];

/** Removes the given known secrets (pass the longest first, so a key containing another goes whole). */
export function scrubKnown(text: string, knownSecrets: readonly string[]): string {
  let clean = text;
  for (const secret of knownSecrets) if (secret.length >= 6) clean = clean.split(secret).join('[redacted]');
  return clean;
}

/** Removes key-shaped strings (and the given known secrets) from text meant for users or logs. */
export function scrubSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let clean = scrubKnown(text, knownSecrets);
  for (const shape of SECRET_SHAPES) clean = clean.replace(shape, '[redacted]');
  return clean;
}
