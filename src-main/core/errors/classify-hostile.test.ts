// Provider error text is hostile: names of Object.prototype members and megabyte messages.
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../../../src-shared/domain.ts';
import { expectLinearTime } from '../linear-time-test-support.ts';
import { classifyErrorPayload, classifyHttpFailure } from './classify.ts';

const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

describe('classification of hostile provider errors', () => {
  it.each(PROTOTYPE_NAMES)('an error code or type named %j is just an unknown one', (name) => {
    for (const provider of ['openai', 'minimax'] as const) {
      const bodies = [
        JSON.stringify({ error: { message: 'Nope.', type: name, code: name } }),
        JSON.stringify({ error: { message: 'Nope.', type: name } }),
        JSON.stringify({ type: 'error', error: { type: name, message: `Nope (${name})` } }),
      ];
      for (const body of bodies) {
        const error = classifyHttpFailure(400, {}, body, { provider });
        expect(ERROR_KINDS).toContain(error.kind);
        expect(error.kind).toBe('invalid_request');
        expect(() => structuredClone(error)).not.toThrow();
      }
      const payload = classifyErrorPayload({ message: name, code: name, type: name }, { provider });
      expect(payload.kind).toBe('server');
      expect(() => structuredClone(payload)).not.toThrow();
    }
  });

  it.each([
    ['"input" with no "too long"', (size: number) => 'input '.repeat(size / 6)],
    ['"exceed" with no "token"', (size: number) => 'exceed '.repeat(size / 7)],
    ['"max" with no "input"', (size: number) => 'max '.repeat(size / 4)],
    ['"model" with no "not found"', (size: number) => 'model '.repeat(size / 6)],
    ['"token plan" with no "(n/0 used)"', (size: number) => 'token plan (1/'.repeat(size / 14)],
    ['"not covered" with no "plan"', (size: number) => 'not covered '.repeat(size / 12)],
    ['a code with spaces after it', (size: number) => `(1004)${' '.repeat(size)}x`],
    ['whitespace', (size: number) => ` \n${' '.repeat(size)}x`],
  ])('classifies a megabyte message of %s in linear time', (_, make) => {
    // MiniMax's code suffix leads to its own wording checks; other providers' messages to the generic ones.
    const context = { secrets: ['a-known-secret'] };
    expectLinearTime(
      (size) => [
        JSON.stringify({ error: { message: `${make(size)} (2013)` } }),
        JSON.stringify({ error: { message: make(size) } }),
      ],
      ([minimaxBody = '', otherBody = '']) => {
        classifyHttpFailure(400, {}, minimaxBody, { provider: 'minimax', ...context });
        classifyHttpFailure(400, {}, otherBody, { provider: 'openai', ...context });
      },
    );
  });

  it('shows a megabyte plain-text body in linear time', () => {
    expectLinearTime(
      (size) => `<html>${' \n'.repeat(size / 2)}</html>`,
      (text) => classifyHttpFailure(502, {}, text, { provider: 'openai', secrets: ['a-known-secret'] }),
    );
  });

  it('bounds an error code to 64 characters, scrubbing keys from it before it is cut', () => {
    const known = 'my-known-secret-0123456789abcdef';
    // Each key starts just before the cut, so cutting first would leave a piece no scrubber recognises.
    const codes = [
      `${'c'.repeat(50)}${known}${'d'.repeat(20)}`,
      `${'c'.repeat(57)}:sk-${'Z'.repeat(40)}`,
      'x'.repeat(1_000_000),
    ];
    for (const code of codes) {
      const fromBody = classifyHttpFailure(400, {}, JSON.stringify({ error: { message: 'No.', code } }), {
        provider: 'openai',
        secrets: [known],
      });
      const fromStream = classifyErrorPayload({ message: 'No.', code }, { secrets: [known] });
      for (const error of [fromBody, fromStream]) {
        const shown = String(error.providerCode);
        expect(shown.length).toBeLessThanOrEqual(64);
        expect(shown.endsWith('…')).toBe(true);
        expect(shown).not.toContain('my-known');
        expect(shown).not.toContain('sk-Z');
      }
    }
    expect(classifyErrorPayload({ message: 'No.', code: 'short_code' }).providerCode).toBe('short_code');
    expect(classifyErrorPayload({ message: 'No.', code: 2013 }).providerCode).toBe(2013);
  });

  it('drops a numeric error code that is not finite', () => {
    const error = classifyHttpFailure(400, {}, '{"error":{"message":"No.","code":1e400}}', {});
    expect(error.providerCode).toBeUndefined();
  });
});
