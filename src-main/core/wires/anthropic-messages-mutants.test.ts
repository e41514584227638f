import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createAnthropicMessagesDecoder, decodeAnthropicJson } from './anthropic-messages.ts';

function decodeFrames(events: Record<string, unknown>[]): StreamEvent[] {
  const decoder = createAnthropicMessagesDecoder({ provider: 'anthropic', model: 'claude-sonnet-4-5' });
  const out: StreamEvent[] = [];
  for (const event of events)
    out.push(...decoder.push({ event: String(event.type), data: JSON.stringify(event) }));
  return [...out, ...decoder.end()];
}

describe('Anthropic messages decoder: edge cases', () => {
  it('says the stream reported an error when an error event carries no error object', () => {
    const events = decodeFrames([
      { type: 'message_start', message: { id: 'msg_01', model: 'claude-sonnet-4-5', usage: {} } },
      { type: 'error' },
    ]);
    const errors = events.filter((event) => event.type === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.type === 'error' && errors[0].error.message).toContain('The stream reported an error.');
  });

  it('reads a whole message without a content array as an empty answer, not a crash', () => {
    const body = JSON.stringify({
      type: 'message',
      model: 'claude-sonnet-4-5',
      stop_reason: 'end_turn',
      usage: { input_tokens: 3, output_tokens: 0 },
    });
    expect(decodeAnthropicJson(body)).toStrictEqual([
      { type: 'model', model: 'claude-sonnet-4-5' },
      {
        type: 'usage',
        usage: {
          inputTokens: 3,
          outputTokens: 0,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          reasoningTokens: 0,
        },
      },
      { type: 'finish', reason: 'stop' },
    ]);
  });
});
