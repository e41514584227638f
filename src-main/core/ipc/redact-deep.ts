/** How strings leaving main are cleaned: answer text of the user's keys, messages of key shapes too. */
export interface Scrubber {
  /** Any text: the user's known keys go; key-shaped text stays (an answer may rightly hold some). */
  text(text: string): string;
  /** Messages and error codes: known keys and anything shaped like a key go. */
  message(text: string): string;
}

/** Fields whose strings are messages or provider codes, scrubbed with `Scrubber.message`. */
const MESSAGE_FIELDS = new Set(['message', 'providerCode']);

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Sets an own data property, even one named "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function walk(value: unknown, scrubber: Scrubber, isMessage: boolean): unknown {
  if (typeof value === 'string') return isMessage ? scrubber.message(value) : scrubber.text(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    // Stryker disable next-line EqualityOperator: one past the end of a plain array reads undefined, which walk returns unchanged
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const clean = walk(item, scrubber, false);
      if (clean !== item) {
        copy ??= value.slice();
        copy[index] = clean;
      }
    }
    return copy ?? value;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const clean = walk(item, scrubber, MESSAGE_FIELDS.has(key));
    if (clean !== item) {
      copy ??= { ...value };
      setOwn(copy, key, clean);
    }
  }
  return copy ?? value;
}

/**
 * Every string in a value (plain objects and arrays, any depth) scrubbed of the user's keys, copying
 * only the branches that change: a value with nothing to remove comes back as the same object.
 * Values are main's own data (events, route replies, stored records); other objects pass unchanged.
 */
export function redactDeep<T>(value: T, scrubber: Scrubber): T {
  return walk(value, scrubber, false) as T;
}
