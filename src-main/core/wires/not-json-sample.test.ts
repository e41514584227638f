// A frame or body that is not JSON is quoted in the error, shortened: the key the request carried
// must be scrubbed from it before it is cut, or its first characters survive the cut unrecognised.
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createAnthropicMessagesDecoder, decodeAnthropicJson } from './anthropic-messages.ts';
import { createOpenAIChatDecoder, decodeOpenAIChatJson } from './openai-chat.ts';

// No key shape: only the request's own key, known to the decoder, can be recognised.
const KEY = 'CANARY-openai-0123456789abcdef';
const context = { provider: 'openai' as const, secrets: [KEY] };

function errorMessage(events: StreamEvent[]): string {
  const error = events.find((event) => event.type === 'error');
  if (error?.type !== 'error') throw new Error('no error event');
  return error.error.message;
}

// The key starts inside the quoted sample and ends past its end, at every offset around the cut.
const samples = Array.from({ length: 30 }, (_, index) => `${'x'.repeat(95 + index)}${KEY} tail`);

describe('a non-JSON frame or body quoted in an error', () => {
  it.each([
    [
      'OpenAI frame',
      (text: string) => createOpenAIChatDecoder({ reasoningTags: false, context }).push({ data: text }),
    ],
    ['OpenAI body', (text: string) => decodeOpenAIChatJson(text, { reasoningTags: false, context })],
    ['Anthropic frame', (text: string) => createAnthropicMessagesDecoder(context).push({ data: text })],
    ['Anthropic body', (text: string) => decodeAnthropicJson(text, context)],
  ])('%s: never holds any part of the request key', (_name, decode) => {
    for (const sample of samples) {
      const message = errorMessage(decode(sample));
      expect(message).toContain('x'.repeat(95));
      expect(message).not.toContain('CANARY');
    }
    // What was there is still said: the key's place is marked.
    expect(errorMessage(decode(`${'x'.repeat(10)}${KEY}`))).toContain(`${'x'.repeat(10)}[redacted]`);
  });

  it('loses key shapes too, before the cut', () => {
    // An sk- key cut to a few characters would no longer look like a key.
    const shaped = `${'y'.repeat(110)} sk-unknown-key-0123456789abcdef`;
    const message = errorMessage(createOpenAIChatDecoder({ reasoningTags: false }).push({ data: shaped }));
    expect(message).not.toContain('sk-');
  });
});
