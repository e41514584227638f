// The deep redaction every reply, event and export passes through: a key hidden in random text,
// placed at any depth of any value, never leaves main. A registered key goes from every string; a
// key main never saw goes by its shape from messages and provider codes (what errors carry).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedded, glued, KEY_SHAPES, leaksOf } from '../errors/key-shapes-test-support.ts';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { redactDeep } from './redact-deep.ts';

/** One level of nesting; `bare` objects have no prototype (tables built with Object.create(null)). */
type Wrapper = { in: 'list'; at: number } | { in: 'object'; name: string; bare: boolean };

const wrapper: fc.Arbitrary<Wrapper> = fc.oneof(
  fc.record({ in: fc.constant('list' as const), at: fc.nat(3) }),
  fc.record({
    in: fc.constant('object' as const),
    name: fc.oneof(fc.string(), fc.constant('__proto__')),
    bare: fc.boolean(),
  }),
);

/** `inner` placed at the end of a random path of arrays and objects, next to random JSON. */
function placed(inner: unknown, path: readonly Wrapper[], filler: unknown): unknown {
  return path.reduceRight<unknown>((value, step) => {
    if (step.in === 'list') {
      const list: unknown[] = Array.from({ length: step.at }, () => filler);
      list.push(value);
      return list;
    }
    const object: Record<string, unknown> = step.bare ? Object.create(null) : {};
    object.filler = filler;
    Object.defineProperty(object, step.name, { value, enumerable: true, writable: true, configurable: true });
    return object;
  }, inner);
}

const anyPath = fc.array(wrapper, { maxLength: 6 });

describe('redactDeep with the key registry: no key leaves main, at any depth', () => {
  it.each(KEY_SHAPES)('%s, registered: gone from every string', (_name, key) => {
    fc.assert(
      fc.property(
        glued(key),
        anyPath,
        fc.jsonValue({ maxDepth: 2 }),
        ({ key: secret, text }, path, filler) => {
          const registry = new SecretRegistry();
          registry.add(secret);
          const value = placed({ type: 'text', delta: text }, path, filler);
          const clean = redactDeep(value, registry.scrubber);
          expect(leaksOf(JSON.stringify(clean), secret)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(KEY_SHAPES)(
    '%s, never registered: gone from error messages and codes by its shape',
    (_name, key) => {
      fc.assert(
        fc.property(
          embedded(key),
          key,
          anyPath,
          fc.jsonValue({ maxDepth: 2 }),
          (hidden, code, path, filler) => {
            const error = { kind: 'auth', message: hidden.text, providerCode: code };
            const value = placed({ type: 'error', error }, path, filler);
            const clean = JSON.stringify(redactDeep(value, new SecretRegistry().scrubber));
            expect(leaksOf(clean, hidden.key)).toEqual([]);
            expect(leaksOf(clean, code)).toEqual([]);
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});
