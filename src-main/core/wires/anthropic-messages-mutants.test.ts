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

const start = { type: 'message_start', message: { id: 'msg_01', model: 'claude-sonnet-4-5', usage: {} } };
const ofType = (events: StreamEvent[], type: StreamEvent['type']) =>
  events.filter((event) => event.type === type);

describe('Anthropic messages decoder: stop reasons', () => {
  // Anthropic Messages API stop_reason values; this project reads a pause or a stop sequence as a normal
  // stop, a full context window as a length cut, a refusal as filtered content, anything else as a stop.
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['constructor', 'stop'],
  ])('reads stop_reason %j as %j', (stopReason, reason) => {
    const events = decodeFrames([start, { type: 'message_delta', delta: { stop_reason: stopReason } }]);
    expect(ofType(events, 'finish')).toStrictEqual([{ type: 'finish', reason }]);
  });

  it('keeps the stop reason when a later message_delta states none', () => {
    const events = decodeFrames([
      start,
      { type: 'message_delta', delta: { stop_reason: 'max_tokens' } },
      { type: 'message_delta', delta: {}, usage: { output_tokens: 5 } },
    ]);
    expect(ofType(events, 'finish')).toStrictEqual([{ type: 'finish', reason: 'length' }]);
  });
});

describe('Anthropic messages decoder: content in content_block_start', () => {
  it('emits text and thinking that arrive in the block start, and no event for empty deltas', () => {
    const events = decodeFrames([
      start,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: 'Weigh it.' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: '' } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: 'Hello' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: '' } },
      { type: 'content_block_stop', index: 1 },
      { type: 'message_delta', delta: { stop_reason: 'end_turn' } },
    ]);
    expect(events.filter((event) => event.type === 'text' || event.type === 'reasoning')).toStrictEqual([
      { type: 'reasoning', delta: 'Weigh it.' },
      { type: 'text', delta: 'Hello' },
    ]);
  });

  // A tool_use block's input arrives in content_block_start; input_json_delta pieces, when any, replace it.
  it.each([
    ['an empty input', {}, '{}'],
    ['an input', { city: 'Paris' }, '{"city":"Paris"}'],
    ['no object', 'Paris', '{}'],
  ])('takes a tool call that streams no arguments with %s', (_name, input, args) => {
    const events = decodeFrames([
      start,
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input },
      },
      { type: 'content_block_stop', index: 0 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use' } },
    ]);
    expect(ofType(events, 'tool-call')).toStrictEqual([
      { type: 'tool-call', call: { id: 'toolu_01', name: 'get_weather', arguments: args } },
    ]);
  });

  it('takes no more frames once too many tool calls began', () => {
    const decoder = createAnthropicMessagesDecoder({}, { maxHeldChars: 1000, maxToolCalls: 1 });
    const toolStart = (index: number) => ({
      data: JSON.stringify({
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: `toolu_0${index}`, name: 'f', input: {} },
      }),
    });
    expect(decoder.push(toolStart(0))).toStrictEqual([]);
    expect(decoder.push(toolStart(1)).map((event) => event.type)).toStrictEqual(['tool-call', 'error']);
    const text = { type: 'content_block_delta', index: 2, delta: { type: 'text_delta', text: 'more' } };
    expect(decoder.push({ data: JSON.stringify(text) })).toStrictEqual([]);
  });
});

describe('Anthropic whole message body', () => {
  it('reads thinking, text and tool_use blocks in order, without a usage event when it has no usage', () => {
    const body = JSON.stringify({
      type: 'message',
      model: 'claude-sonnet-4-5',
      content: [
        { type: 'thinking', thinking: 'Weigh it.', signature: 'sig' },
        { type: 'text', text: 'Checking.' },
        { type: 'tool_use', id: 'toolu_01', name: 'now' },
      ],
      stop_reason: 'tool_use',
    });
    const events = decodeAnthropicJson(body);
    expect(events.filter((event) => event.type !== 'replay')).toStrictEqual([
      { type: 'model', model: 'claude-sonnet-4-5' },
      { type: 'reasoning', delta: 'Weigh it.' },
      { type: 'text', delta: 'Checking.' },
      { type: 'tool-call', call: { id: 'toolu_01', name: 'now', arguments: '{}' } },
      { type: 'finish', reason: 'tool_calls' },
    ]);
  });
});
