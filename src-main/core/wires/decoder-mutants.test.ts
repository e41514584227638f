import { describe, expect, it } from 'vitest';
import { decodeAnthropicJson } from './anthropic-messages.ts';
import { notJson } from './decoder.ts';

const message = (event: ReturnType<typeof notJson>) => (event.type === 'error' ? event.error.message : '');

describe('notJson', () => {
  it('quotes a frame that is not JSON, cut to its first 120 characters', () => {
    const frame = `${'a'.repeat(120)}${'b'.repeat(500)}`;
    expect(message(notJson('frame', frame))).toBe(
      `The provider sent a stream frame that is not JSON: ${'a'.repeat(120)}`,
    );
  });

  it('says a whole body was invalid JSON, quoting its start', () => {
    expect(message(notJson('body', '<html>Bad gateway</html>'))).toBe(
      'The provider answered with invalid JSON: <html>Bad gateway</html>',
    );
  });

  it('is what a whole Anthropic body that is not JSON decodes to, then the finish', () => {
    const page = `<html>${'x'.repeat(300)}</html>`;
    const events = decodeAnthropicJson(page);
    expect(events).toStrictEqual([
      {
        type: 'error',
        error: {
          kind: 'protocol',
          message: `The provider answered with invalid JSON: <html>${'x'.repeat(114)}`,
        },
      },
      { type: 'finish', reason: 'error' },
    ]);
  });
});
