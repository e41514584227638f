import { scrubKnown, scrubSecrets } from '../errors/scrub-secrets.ts';

/** Every key main has seen, so any text leaving main can be scrubbed of them. */
export class SecretRegistry {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    const value = secret.trim();
    if (value.length >= 6) this.secrets.add(value);
  }

  remove(secret: string): void {
    this.secrets.delete(secret.trim());
  }

  /** Known keys first (longest first, so a key containing another is removed whole), then key shapes. */
  redact(text: string): string {
    return scrubSecrets(text, this.longestFirst());
  }

  /**
   * Known keys only, not key shapes: for output that may rightly hold key-like text (a model's answer
   * about API keys) but must never hold one of the user's keys.
   */
  redactKnown(text: string): string {
    return scrubKnown(text, this.longestFirst());
  }

  private longestFirst(): string[] {
    return [...this.secrets].sort((a, b) => b.length - a.length);
  }

  /** A log function that can never print a known key. */
  wrapLog(log: (message: string) => void): (message: string) => void {
    return (message) => log(this.redact(message));
  }
}
