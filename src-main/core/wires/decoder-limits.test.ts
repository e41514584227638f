// A decoder holds tool calls until they are complete: what it holds, and how many calls it begins,
// must be bounded by the column's output cap, or a provider can fill main's memory before any cap applies.
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createAnthropicMessagesDecoder, decodeAnthropicJson } from './anthropic-messages.ts';
import type { WireDecoder } from './decoder.ts';
import { createOpenAIChatDecoder, decodeOpenAIChatJson } from './openai-chat.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, type DecoderLimits } from './output-limits.ts';

const SMALL: DecoderLimits = { maxHeldChars: 1000, maxToolCalls: 5 };

const openai = (limits?: DecoderLimits) =>
  createOpenAIChatDecoder({ reasoningTags: true, context: { provider: 'openai' }, limits });
const anthropic = (limits?: DecoderLimits) =>
  createAnthropicMessagesDecoder({ provider: 'anthropic' }, limits);

const push = (decoder: WireDecoder, frame: unknown) => decoder.push({ data: JSON.stringify(frame) });
const toolDelta = (index: number, args: string, extra: Record<string, unknown> = {}) => ({
  choices: [{ index: 0, delta: { tool_calls: [{ index, ...extra, function: { arguments: args } }] } }],
});
const inputDelta = (index: number, json: string) => ({
  type: 'content_block_delta',
  index,
  delta: { type: 'input_json_delta', partial_json: json },
});
const toolStart = (index: number) => ({
  type: 'content_block_start',
  index,
  content_block: { type: 'tool_use', id: `t${index}`, name: 'f', input: {} },
});

const toolCalls = (events: StreamEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call' ? [event.call] : []));
const errors = (events: StreamEvent[]) =>
  events.flatMap((event) => (event.type === 'error' ? [event.error] : []));

/** Feeds `pieces` until the decoder answers with an error; returns how many it took and what came out. */
function feedUntilError(decoder: WireDecoder, frames: Iterable<unknown>) {
  let fed = 0;
  for (const frame of frames) {
    fed++;
    const events = push(decoder, frame);
    if (errors(events).length > 0) return { fed, events };
  }
  return { fed, events: [] as StreamEvent[] };
}

function* repeat<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

describe('decoder limits: tool-call arguments', () => {
  const wires: [string, (limits: DecoderLimits) => WireDecoder, () => unknown, unknown[]][] = [
    ['OpenAI', openai, () => toolDelta(0, 'x'.repeat(100)), [toolDelta(0, '', { id: 'c1' })]],
    ['Anthropic', anthropic, () => inputDelta(0, 'x'.repeat(100)), [toolStart(0)]],
  ];
  it.each(wires)(
    '%s: stops once a call passes the limit, emits it as far as it got, then an error',
    (_, make, piece, setup) => {
      const decoder = make(SMALL);
      for (const frame of setup) push(decoder, frame);
      const { fed, events } = feedUntilError(decoder, repeat(100, piece));
      // The call's start holds a few characters (its id, name), so the 10th piece of 100 passes 1000.
      expect(fed).toBe(10);
      const [call] = toolCalls(events);
      expect(call?.arguments).toBe('x'.repeat(1000));
      expect(errors(events)).toEqual([
        expect.objectContaining({
          kind: 'protocol',
          message: expect.stringContaining('larger than 1000 bytes'),
        }),
      ]);
      expect(errors(events)[0]?.message).toContain('the last tool call is cut short');
      // Nothing more is taken in, and the stream ends as failed.
      expect(push(decoder, piece())).toEqual([]);
      expect(decoder.pendingChars()).toBe(0);
      expect(decoder.end().at(-1)).toEqual({ type: 'finish', reason: 'error' });
    },
  );

  it('counts every call held at once (OpenAI streams several before any is complete)', () => {
    const decoder = openai(SMALL);
    const { fed, events } = feedUntilError(
      decoder,
      repeat(20, (i) => toolDelta(i % 4, 'y'.repeat(100))),
    );
    expect(fed).toBe(11);
    expect(toolCalls(events).map((call) => call.arguments.length)).toEqual([300, 300, 300, 200]);
  });

  it('with the default limits, stops within one piece of 8 MiB', () => {
    const decoder = openai();
    const piece = 'z'.repeat(64 * 1024);
    const { fed, events } = feedUntilError(
      decoder,
      repeat(200, () => toolDelta(0, piece)),
    );
    expect(fed).toBe(DEFAULT_MAX_OUTPUT_BYTES / piece.length + 1);
    expect(toolCalls(events)[0]?.arguments.length).toBe(DEFAULT_MAX_OUTPUT_BYTES + piece.length);
    expect(errors(events)[0]?.message).toContain('larger than 8 MiB');
  });
});

describe('decoder limits: number of tool calls', () => {
  it('OpenAI: a frame of a million empty tool calls yields the first few and an error', () => {
    const calls = Array.from({ length: 1_000_000 }, (_, index) => ({ index }));
    const events = openai(SMALL).push({
      data: JSON.stringify({
        choices: [{ index: 0, delta: { tool_calls: calls }, finish_reason: 'tool_calls' }],
      }),
    });
    expect(toolCalls(events)).toHaveLength(5);
    expect(errors(events)[0]).toMatchObject({ kind: 'protocol' });
    expect(errors(events)[0]?.message).toContain('more than 5 tool calls');
    const whole = decodeOpenAIChatJson(
      JSON.stringify({
        choices: [{ index: 0, message: { tool_calls: calls }, finish_reason: 'tool_calls' }],
      }),
      { reasoningTags: false },
    );
    expect(toolCalls(whole)).toHaveLength(1000);
    expect(whole.at(-1)).toEqual({ type: 'finish', reason: 'error' });
  });

  it('Anthropic: calls begun in one answer are counted whether or not they were completed', () => {
    const decoder = anthropic(SMALL);
    const frames = repeat(20, (i) =>
      i % 2 === 0 ? toolStart(i) : { type: 'content_block_stop', index: i - 1 },
    );
    const { fed, events } = feedUntilError(decoder, frames);
    // Five calls started and stopped (10 frames); the sixth start is one too many.
    expect(fed).toBe(11);
    expect(errors(events)[0]?.message).toContain('more than 5 tool calls');
    const open = anthropic(SMALL);
    expect(feedUntilError(open, repeat(20, toolStart)).fed).toBe(6);
  });

  it('Anthropic: a whole message with too many tool_use blocks', () => {
    const content = Array.from({ length: 1001 }, (_, i) => ({
      type: 'tool_use',
      id: `t${i}`,
      name: 'f',
      input: {},
    }));
    const events = decodeAnthropicJson(JSON.stringify({ content, stop_reason: 'tool_use' }));
    expect(toolCalls(events)).toHaveLength(1000);
    expect(errors(events)[0]?.message).toContain('more than 1,000 tool calls');
    expect(events.at(-1)).toEqual({ type: 'finish', reason: 'error' });
  });
});

describe('decoder progress and early ends', () => {
  it('pendingChars grows with tool-call arguments and held reasoning, not with usage or empty frames', () => {
    const decoder = openai();
    const held = () => decoder.pendingChars();
    push(decoder, toolDelta(0, 'ab', { id: 'c1' }));
    const afterFirst = held();
    expect(afterFirst).toBeGreaterThan(0);
    push(decoder, toolDelta(0, 'c'));
    expect(held()).toBe(afterFirst + 1);
    push(decoder, { choices: [], usage: { prompt_tokens: 1, completion_tokens: 2 } });
    push(decoder, { choices: [{ index: 0, delta: {} }] });
    push(decoder, toolDelta(0, ''));
    expect(held()).toBe(afterFirst + 1);
    const thinking = openai();
    push(thinking, { choices: [{ index: 0, delta: { content: '<think>a' } }] });
    const before = thinking.pendingChars();
    expect(push(thinking, { choices: [{ index: 0, delta: { content: '   ' } }] })).toEqual([]);
    expect(thinking.pendingChars()).toBe(before + 3);
  });

  it('Anthropic: pendingChars grows with input_json_delta, not with pings or usage', () => {
    const decoder = anthropic();
    push(decoder, toolStart(0));
    const started = decoder.pendingChars();
    push(decoder, inputDelta(0, '{"q":'));
    expect(decoder.pendingChars()).toBe(started + 5);
    push(decoder, { type: 'ping' });
    push(decoder, { type: 'message_delta', delta: {}, usage: { output_tokens: 3 } });
    push(decoder, inputDelta(0, ''));
    expect(decoder.pendingChars()).toBe(started + 5);
  });

  it('abandon() hands over the calls begun, as far as they got', () => {
    const chat = openai();
    push(chat, { choices: [{ index: 0, delta: { content: 'Calling.' } }] });
    push(chat, toolDelta(0, '{"city":"Par', { id: 'c1' }));
    expect(toolCalls(chat.abandon())).toEqual([{ id: 'c1', name: '', arguments: '{"city":"Par' }]);
    expect(chat.abandon()).toEqual([]);
    const messages = anthropic();
    push(messages, toolStart(1));
    push(messages, inputDelta(1, '{"q":'));
    expect(toolCalls(messages.abandon())).toEqual([{ id: 't1', name: 'f', arguments: '{"q":' }]);
  });
});
