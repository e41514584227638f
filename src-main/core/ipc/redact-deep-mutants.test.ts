// Cases of redactDeep the mutation run showed no other test checked. Expectations are written from
// its contract: only `message` and `providerCode` strings are messages, and copies are plain data.
import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../keys/secret-registry.ts';
import { redactDeep, type Scrubber } from './redact-deep.ts';

/** Marks each string with how it was scrubbed, so a test sees which rule every string got. */
const labelling: Scrubber = {
  text: (text) => `text(${text})`,
  message: (text) => `message(${text})`,
};

describe('which strings are messages', () => {
  it('scrubs list items as text, even lists held by a message field', () => {
    const value = {
      message: 'm',
      providerCode: 'c',
      parts: ['a', ['b']],
      errors: [{ message: 'n' }],
      detail: { message: ['x'] },
    };
    expect(redactDeep(value, labelling)).toEqual({
      message: 'message(m)',
      providerCode: 'message(c)',
      parts: ['text(a)', ['text(b)']],
      errors: [{ message: 'message(n)' }],
      detail: { message: ['text(x)'] },
    });
  });

  it('keeps a key-shaped string the user never registered in answer text held in a list', () => {
    // MiniMax pay-as-you-go keys start "sk-api-" (PROVIDERS.md, MiniMax, "Key kinds"); the rest is made up.
    const shaped = 'sk-api-R4nd0mL00kingK3yF0rT3st1ngOnly9876543210';
    const registry = new SecretRegistry();
    const result = redactDeep(
      { chunks: [`a key looks like ${shaped}`], message: `bad key ${shaped}` },
      registry.scrubber,
    );
    expect(result.chunks).toEqual([`a key looks like ${shaped}`]);
    expect(result.message).not.toContain('R4nd0mL00king');
  });
});

describe('copies', () => {
  const KEY = 'sk-cp-Zq8vN2rT5wX1yB4mK7pL0sD3fG6hJ9cV';
  const scrubber: Scrubber = {
    text: (text) => text.replaceAll(KEY, '[redacted]'),
    message: (text) => text.replaceAll(KEY, '[redacted]'),
  };

  it('never changes the list it was given', () => {
    const list = ['plain', `with ${KEY}`];
    const result = redactDeep(list, scrubber);
    expect(result).toEqual(['plain', 'with [redacted]']);
    expect(list).toEqual(['plain', `with ${KEY}`]);
    expect(result).not.toBe(list);
  });

  it('gives a copied field the same property descriptor an object literal has, so it can be deleted', () => {
    const result: { message?: string } = redactDeep({ message: `bad key ${KEY}` }, scrubber);
    expect(Object.getOwnPropertyDescriptor(result, 'message')).toEqual(
      Object.getOwnPropertyDescriptor({ message: 'bad key [redacted]' }, 'message'),
    );
    delete result.message;
    expect(result).toEqual({});
  });
});
