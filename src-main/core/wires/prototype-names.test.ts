// Every string a provider sends may be the name of an Object.prototype member: the decoders must
// treat it as just an unknown value, and their events must survive structured cloning (IPC).
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createAnthropicMessagesDecoder, decodeAnthropicJson } from './anthropic-messages.ts';
import { createOpenAIChatDecoder, decodeOpenAIChatJson } from './openai-chat.ts';

const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const FINISH_REASONS = ['stop', 'length', 'tool_calls', 'content_filter', 'error', 'cancelled'];

function expectSaneEvents(events: StreamEvent[], finish: string): void {
  expect(() => structuredClone(events)).not.toThrow();
  const finishes = events.filter((event) => event.type === 'finish');
  expect(finishes).toEqual([{ type: 'finish', reason: finish }]);
  expect(FINISH_REASONS).toContain(finishes[0]?.reason);
  for (const event of events) {
    if (event.type === 'text' || event.type === 'reasoning') expect(typeof event.delta).toBe('string');
    if (event.type === 'error') expect(typeof event.error.kind).toBe('string');
  }
}

describe('OpenAI chat decoder fed Object.prototype names', () => {
  it.each(PROTOTYPE_NAMES)('%j as a finish reason, role, tool call and error code', (name) => {
    const frames = [
      { choices: [{ index: 0, delta: { role: name, content: name } }] },
      {
        choices: [
          {
            index: 0,
            delta: { tool_calls: [{ index: 0, id: name, type: name, function: { name, arguments: name } }] },
          },
        ],
      },
      { choices: [{ index: 0, delta: {}, finish_reason: name }] },
    ];
    for (const reasoningTags of [false, true]) {
      const decoder = createOpenAIChatDecoder({ reasoningTags, context: { provider: 'openai' } });
      const events = frames.flatMap((frame) => decoder.push({ data: JSON.stringify(frame) }));
      expectSaneEvents([...events, ...decoder.end()], 'stop');
      const whole = { choices: [{ index: 0, message: { role: name, content: name }, finish_reason: name }] };
      expectSaneEvents(decodeOpenAIChatJson(JSON.stringify(whole), { reasoningTags }), 'stop');
    }
    const failed = decodeOpenAIChatJson(
      JSON.stringify({ error: { message: name, type: name, code: name } }),
      {
        reasoningTags: false,
      },
    );
    expectSaneEvents(failed, 'error');
  });
});

describe('Anthropic messages decoder fed Object.prototype names', () => {
  it.each(PROTOTYPE_NAMES)('%j as an event, block and delta type and as a stop reason', (name) => {
    const frames = [
      { type: 'message_start', message: { id: name, usage: { input_tokens: 3 } } },
      { type: name, index: name },
      { type: 'content_block_start', index: 0, content_block: { type: name, text: name } },
      { type: 'content_block_delta', index: 0, delta: { type: name, text: name } },
      { type: 'content_block_stop', index: 0 },
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: name } },
      { type: 'content_block_delta', index: name, delta: { type: 'text_delta', text: name } },
      { type: 'content_block_stop', index: name },
      { type: 'message_delta', delta: { stop_reason: name }, usage: { output_tokens: 2 } },
      { type: 'message_stop' },
    ];
    const decoder = createAnthropicMessagesDecoder({ provider: 'anthropic' });
    const events = frames.flatMap((frame) => decoder.push({ event: name, data: JSON.stringify(frame) }));
    expectSaneEvents([...events, ...decoder.end()], 'stop');
    const whole = {
      type: 'message',
      content: [
        { type: name, text: name },
        { type: 'text', text: name },
      ],
      stop_reason: name,
    };
    expectSaneEvents(decodeAnthropicJson(JSON.stringify(whole)), 'stop');
    const failed = decodeAnthropicJson(
      JSON.stringify({ type: 'error', error: { type: name, message: name } }),
    );
    expectSaneEvents(failed, 'error');
  });
});
