import { scrubKnown, scrubSecrets } from '../errors/scrub-secrets.ts';
import type { Scrubber } from '../ipc/redact-deep.ts';

/** Every key main has seen, so any text leaving main can be scrubbed of them. */
export class SecretRegistry {
  private readonly secrets = new Set<string>();
  /** The secrets, longest first; rebuilt only when the set changes. */
  private sorted: readonly string[] = [];

  add(secret: string): void {
    const value = secret.trim();
    if (value.length < 6 || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.sort();
  }

  remove(secret: string): void {
    if (this.secrets.delete(secret.trim())) this.sort();
  }

  /**
   * The known secrets, longest first (so a key containing another is removed whole). The same array
   * until a secret is added or removed, so callers may cache what they derive from it.
   */
  known(): readonly string[] {
    return this.sorted;
  }

  /** Known keys first, then key shapes. */
  redact(text: string): string {
    return scrubSecrets(text, this.sorted);
  }

  /**
   * Known keys only, not key shapes: for output that may rightly hold key-like text (a model's answer
   * about API keys) but must never hold one of the user's keys.
   */
  redactKnown(text: string): string {
    // Looking is much cheaper than splitting: most text (every streamed delta) holds no key.
    return this.sorted.some((secret) => text.includes(secret)) ? scrubKnown(text, this.sorted) : text;
  }

  /** For redactDeep: answer text loses known keys, messages and codes lose key shapes too. */
  readonly scrubber: Scrubber = {
    text: (text) => this.redactKnown(text),
    message: (text) => this.redact(text),
  };

  /** A log function that can never print a known key. */
  wrapLog(log: (message: string) => void): (message: string) => void {
    return (message) => log(this.redact(message));
  }

  private sort(): void {
    this.sorted = [...this.secrets].sort((a, b) => b.length - a.length);
  }
}
