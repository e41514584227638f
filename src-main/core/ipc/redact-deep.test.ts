import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { redactDeep } from './redact-deep.ts';

const KEY = 'CANARY-known-key-0123456789';

function registry() {
  const secrets = new SecretRegistry();
  secrets.add(KEY);
  return secrets;
}

describe('redactDeep', () => {
  it('removes a known key from every string, however deep, in objects and arrays', () => {
    const value = {
      a: `x ${KEY} y`,
      list: [KEY, { nested: [{ deeper: `(${KEY})` }] }],
      untouched: 'plain',
      count: 3,
      flag: true,
      nothing: null,
    };
    expect(redactDeep(value, registry().scrubber)).toEqual({
      a: 'x [redacted] y',
      list: ['[redacted]', { nested: [{ deeper: '([redacted])' }] }],
      untouched: 'plain',
      count: 3,
      flag: true,
      nothing: null,
    });
    expect(value.a).toBe(`x ${KEY} y`);
  });

  it('returns the very same object when there is nothing to remove, and shares unchanged branches', () => {
    const clean = { events: [{ type: 'text', delta: 'hello' }], meta: { n: 1 } };
    expect(redactDeep(clean, registry().scrubber)).toBe(clean);
    const mixed = { keep: { a: ['x'] }, change: { b: KEY } };
    const out = redactDeep(mixed, registry().scrubber);
    expect(out).not.toBe(mixed);
    expect(out.keep).toBe(mixed.keep);
  });

  it('answer text keeps key-shaped text that is not a known key; messages and codes lose it', () => {
    const shaped = 'sk-proj-example0123456789';
    const event = {
      delta: `use ${shaped} in your config`,
      error: { message: `bad key ${shaped}`, providerCode: shaped, kind: 'auth' },
    };
    expect(redactDeep(event, registry().scrubber)).toEqual({
      delta: `use ${shaped} in your config`,
      error: { message: 'bad key [redacted]', providerCode: '[redacted]', kind: 'auth' },
    });
  });

  it('keeps an own "__proto__" property as data, without touching any prototype', () => {
    const value = JSON.parse(`{"__proto__": {"x": "${KEY}"}, "y": "${KEY}"}`) as Record<string, unknown>;
    const out = redactDeep(value, registry().scrubber);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":"[redacted]"},"y":"[redacted]"}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('takes time linear in the text: 4 MB costs well under 16 times 1 MB', () => {
    const secrets = registry();
    for (let index = 0; index < 8; index++) secrets.add(`another-known-key-${index}-abcdefgh`);
    const event = (size: number) => ({
      type: 'compare.events',
      events: [{ type: 'text', delta: 'sk-a '.repeat(size / 5) }],
    });
    const time = (size: number) => {
      const value = event(size);
      const started = performance.now();
      for (let round = 0; round < 5; round++) redactDeep(value, secrets.scrubber);
      return performance.now() - started;
    };
    time(1_000_000);
    const ratio = time(4_000_000) / time(1_000_000);
    expect(ratio).toBeLessThan(10);
  });
});
