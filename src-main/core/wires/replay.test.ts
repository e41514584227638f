// What decoders hand over for a follow-up (`replay`) and which model they say answered (`model`),
// checked against an independent reading of the recorded transcripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import type { AssistantReplay, ReplayBlock } from '../../../src-shared/conversation.ts';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { codecFor } from '../client/wire-codec.ts';
import { anthropic } from '../providers/anthropic.ts';
import { deepseek } from '../providers/deepseek.ts';
import { gemini } from '../providers/gemini.ts';
import { minimax } from '../providers/minimax.ts';
import { openai } from '../providers/openai.ts';
import type { ProviderDefinition } from '../providers/provider-definition.ts';
import { MAX_MODEL_CHANGES } from './answer-model.ts';
import { createAnthropicMessagesDecoder } from './anthropic-messages.ts';
import { createOpenAIChatDecoder } from './openai-chat.ts';
import { DEFAULT_DECODER_LIMITS } from './output-limits.ts';

const FIXTURES = join(import.meta.dirname, '../../../e2e/fixtures');
const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

/** Every `data:` payload of a transcript, parsed. */
function payloads(file: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const parser = createParser({
    onEvent: (event) => {
      if (event.data.trim() !== '[DONE]') found.push(JSON.parse(event.data));
    },
  });
  parser.feed(fixture(file));
  return found;
}

function decodeFile(provider: ProviderDefinition, file: string, wire = provider.defaultWire): StreamEvent[] {
  const decoder = codecFor(provider, wire, 'm').createDecoder();
  const events: StreamEvent[] = [];
  const parser = createParser({
    onEvent: (event) => events.push(...decoder.push({ event: event.event, data: event.data })),
  });
  parser.feed(fixture(file));
  return [...events, ...decoder.end()];
}

const replaysOf = (events: StreamEvent[]): AssistantReplay[] =>
  events.flatMap((event) => (event.type === 'replay' ? [event.replay] : []));
const modelsOf = (events: StreamEvent[]): string[] =>
  events.flatMap((event) => (event.type === 'model' ? [event.model] : []));

/** The Anthropic content blocks as an independent walk over the events assembles them. */
function anthropicBlocks(file: string): ReplayBlock[] {
  const blocks: Record<string, string>[] = [];
  for (const payload of payloads(file)) {
    const index = payload.index as number;
    if (payload.type === 'content_block_start') blocks[index] = { ...(payload.content_block as object) };
    if (payload.type !== 'content_block_delta') continue;
    const delta = payload.delta as Record<string, string>;
    const block = blocks[index]!;
    if (delta.type === 'thinking_delta') block.thinking += delta.thinking!;
    if (delta.type === 'signature_delta') block.signature = (block.signature ?? '') + delta.signature;
    if (delta.type === 'text_delta') block.text += delta.text!;
  }
  return blocks as unknown as ReplayBlock[];
}

describe('replay: what a follow-up sends back', () => {
  it('MiniMax OpenAI wire: the content exactly as received, <think> included, once, just before the finish', () => {
    const file = 'minimax-openai/stream-m27-think-tags-01.sse';
    const raw = payloads(file)
      .flatMap((chunk) => (chunk.choices as { delta?: { content?: string } }[]) ?? [])
      .map((choice) => choice.delta?.content ?? '')
      .join('');
    expect(raw.startsWith('<think>\nThe user wants')).toBe(true);
    const events = decodeFile(minimax, file);
    expect(replaysOf(events)).toEqual([{ content: raw }]);
    const types = events.map((event) => event.type);
    expect(types.slice(-2)).toEqual(['replay', 'finish']);
  });

  it('Anthropic wire: thinking with its signature byte for byte, then the text', () => {
    const file = 'anthropic/stream-thinking-signature-01.sse';
    const expected = anthropicBlocks(file);
    expect(expected.map((block) => block.type)).toEqual(['thinking', 'text']);
    expect((expected[0] as { signature: string }).signature.length).toBeGreaterThan(100);
    const events = decodeFile(anthropic, file);
    expect(replaysOf(events)).toEqual([{ blocks: expected }]);
    expect(events.map((event) => event.type).slice(-2)).toEqual(['replay', 'finish']);
  });

  it('Anthropic wire: redacted thinking goes back with its data unchanged', () => {
    const file = 'anthropic/stream-redacted-thinking-03.sse';
    const expected = anthropicBlocks(file);
    expect(expected.map((block) => block.type)).toEqual(['redacted_thinking', 'redacted_thinking', 'text']);
    expect(replaysOf(decodeFile(anthropic, file))).toEqual([{ blocks: expected }]);
  });

  it('Anthropic wire: a tool_use block keeps its id, name and input JSON text as streamed', () => {
    const decoder = createAnthropicMessagesDecoder();
    const frames = [
      { type: 'message_start', message: { model: 'MiniMax-M2.7', usage: { input_tokens: 5 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Use the tool.' } },
      {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'signature_delta', signature: 'a'.repeat(64) },
      },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_function_x_1', name: 'weather', input: {} },
      },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '' } },
      {
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '{"city": ' },
      },
      {
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '"Paris"}' },
      },
      { type: 'content_block_stop', index: 1 },
      { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 9 } },
      { type: 'message_stop' },
    ];
    const events = [
      ...frames.flatMap((frame) => decoder.push({ data: JSON.stringify(frame) })),
      ...decoder.end(),
    ];
    expect(replaysOf(events)).toEqual([
      {
        blocks: [
          { type: 'thinking', thinking: 'Use the tool.', signature: 'a'.repeat(64) },
          { type: 'tool_use', id: 'call_function_x_1', name: 'weather', input: '{"city": "Paris"}' },
        ],
      },
    ]);
  });

  it('none where plain text says it all: no think tags, or Anthropic text only', () => {
    expect(replaysOf(decodeFile(openai, 'openai/stream-text-include-usage-02.sse'))).toEqual([]);
    expect(replaysOf(decodeFile(deepseek, 'deepseek/stream-reasoner-include-usage-01.sse'))).toEqual([]);
    expect(replaysOf(decodeFile(anthropic, 'anthropic/stream-text-02.sse'))).toEqual([]);
  });

  it('Gemini content with <thought> tags is kept raw too', () => {
    const decoder = codecFor(gemini, 'openai-chat', 'gemini-2.5-flash').createDecoder();
    const content = ['<thought>Plan', ' it.</thought>', 'Answer.'];
    const events = [
      ...content.flatMap((piece) =>
        decoder.push({ data: JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] }) }),
      ),
      ...decoder.push({
        data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
      }),
      ...decoder.end(),
    ];
    expect(replaysOf(events)).toEqual([{ content: '<thought>Plan it.</thought>Answer.' }]);
  });

  it('a whole JSON answer gives the same replay as a stream', () => {
    const body = fixture('minimax-openai/nonstream-m27-think-short.json');
    const content = (JSON.parse(body) as { choices: { message: { content: string } }[] }).choices[0]!.message
      .content;
    const events = codecFor(minimax, 'openai-chat', 'MiniMax-M2.7').decodeJson(body);
    expect(replaysOf(events)).toEqual([{ content }]);

    const message = {
      model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'thinking', thinking: 'Hmm.', signature: 'sig-1' },
        { type: 'redacted_thinking', data: 'opaque' },
        { type: 'text', text: 'Hi.' },
        { type: 'tool_use', id: 'toolu_1', name: 'look', input: { q: 'x' } },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 3, output_tokens: 4 },
    };
    const decoded = codecFor(anthropic, 'anthropic-messages', 'm').decodeJson(JSON.stringify(message));
    expect(replaysOf(decoded)).toEqual([
      {
        blocks: [
          { type: 'thinking', thinking: 'Hmm.', signature: 'sig-1' },
          { type: 'redacted_thinking', data: 'opaque' },
          { type: 'text', text: 'Hi.' },
          { type: 'tool_use', id: 'toolu_1', name: 'look', input: '{"q":"x"}' },
        ],
      },
    ]);
    expect(modelsOf(decoded)).toEqual(['claude-sonnet-4-5-20250929']);
  });

  it('none for a stream that failed or broke off: the follow-up falls back to the plain text', () => {
    const decoder = codecFor(minimax, 'openai-chat', 'MiniMax-M2.7').createDecoder();
    decoder.push({
      data: JSON.stringify({ choices: [{ index: 0, delta: { content: '<think>x</think>y' } }] }),
    });
    const failed = [
      ...decoder.push({ data: JSON.stringify({ base_resp: { status_code: 1000, status_msg: 'unknown' } }) }),
      ...decoder.end(),
    ];
    expect(replaysOf(failed)).toEqual([]);
    const cut = codecFor(anthropic, 'anthropic-messages', 'm').createDecoder();
    cut.push({
      data: JSON.stringify({ type: 'content_block_start', index: 0, content_block: { type: 'thinking' } }),
    });
    expect(replaysOf([...cut.abandon(), ...cut.end()])).toEqual([]);
  });

  it('keeps at most 1,000 blocks (what a follow-up may send back); past that, none', () => {
    const replayFor = (count: number) => {
      const decoder = createAnthropicMessagesDecoder();
      for (let index = 0; index < count; index++) {
        const block = index === 0 ? { type: 'redacted_thinking', data: 'd' } : { type: 'text', text: '' };
        decoder.push({ data: JSON.stringify({ type: 'content_block_start', index, content_block: block }) });
        decoder.push({ data: JSON.stringify({ type: 'content_block_stop', index }) });
      }
      decoder.push({ data: JSON.stringify({ type: 'message_delta', delta: { stop_reason: 'end_turn' } }) });
      return replaysOf(decoder.end());
    };
    expect(replayFor(1000)).toEqual([{ blocks: [{ type: 'redacted_thinking', data: 'd' }] }]);
    expect(replayFor(1001)).toEqual([]);
  });

  it.each([
    ['a tool id longer than a follow-up may carry', { id: 'i'.repeat(201), name: 'look' }, 'sig'],
    ['a tool name longer than a follow-up may carry', { id: 'toolu_1', name: 'n'.repeat(201) }, 'sig'],
    ['a signature longer than a follow-up may carry', { id: 'toolu_1', name: 'look' }, 's'.repeat(100_001)],
  ])(
    'none for %s: the conversation goes on as plain text instead of being refused',
    (_case, tool, signature) => {
      const decoder = createAnthropicMessagesDecoder();
      const frames = [
        {
          type: 'content_block_start',
          index: 0,
          content_block: { type: 'thinking', thinking: 'x', signature },
        },
        { type: 'content_block_stop', index: 0 },
        { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', ...tool, input: {} } },
        { type: 'content_block_stop', index: 1 },
        { type: 'message_delta', delta: { stop_reason: 'tool_use' } },
      ];
      const events = [
        ...frames.flatMap((frame) => decoder.push({ data: JSON.stringify(frame) })),
        ...decoder.end(),
      ];
      expect(replaysOf(events)).toEqual([]);
      expect(events.filter((event) => event.type === 'tool-call')).toHaveLength(1);
    },
  );

  it('is bounded: content past the replay limit is not kept, and the answer itself still decodes', () => {
    const limits = { ...DEFAULT_DECODER_LIMITS, maxReplayChars: 1000 };
    const decoder = createOpenAIChatDecoder({ reasoningTags: true, limits });
    const piece = `<think>${'r'.repeat(600)}</think>`;
    const events = [
      ...decoder.push({ data: JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] }) }),
      ...decoder.push({
        data: JSON.stringify({
          choices: [{ index: 0, delta: { content: 't'.repeat(600) }, finish_reason: 'stop' }],
        }),
      }),
      ...decoder.end(),
    ];
    expect(replaysOf(events)).toEqual([]);
    expect(events.filter((event) => event.type === 'text').map((event) => event.delta)).toEqual([
      't'.repeat(600),
    ]);

    const blocks = createAnthropicMessagesDecoder({}, limits);
    const long = [
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'redacted_thinking', data: 'd'.repeat(1001) },
      },
      { type: 'content_block_stop', index: 0 },
      { type: 'message_delta', delta: { stop_reason: 'end_turn' } },
    ];
    const decoded = [
      ...long.flatMap((frame) => blocks.push({ data: JSON.stringify(frame) })),
      ...blocks.end(),
    ];
    expect(replaysOf(decoded)).toEqual([]);
    expect(decoded.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
  });
});

describe('model: which model the provider says answered', () => {
  it('OpenAI wire: the chunk model, once, from the recorded MiniMax stream', () => {
    expect(modelsOf(decodeFile(minimax, 'minimax-openai/stream-m27-think-tags-01.sse'))).toEqual([
      'MiniMax-M2.7',
    ]);
  });

  it('Anthropic wire: message_start.message.model', () => {
    expect(modelsOf(decodeFile(anthropic, 'anthropic/stream-thinking-signature-01.sse'))).toEqual([
      'claude-sonnet-4-20250514',
    ]);
  });

  it('again only when it changes; ignored when not a short printable string', () => {
    const decoder = createOpenAIChatDecoder({ reasoningTags: false });
    const models: unknown[] = [
      'gpt-5-mini-2025-08-07',
      'gpt-5-mini-2025-08-07',
      'x'.repeat(201),
      'bad\u0007bell',
      'right-to-left\u202Eoverride',
      42,
      '',
      'gpt-5-mini-2025-09-01',
      'x'.repeat(200),
    ];
    const events = models.flatMap((model) =>
      decoder.push({ data: JSON.stringify({ model, choices: [{ index: 0, delta: { content: 'a' } }] }) }),
    );
    expect(modelsOf(events)).toEqual(['gpt-5-mini-2025-08-07', 'gpt-5-mini-2025-09-01', 'x'.repeat(200)]);
  });

  it(`at most ${MAX_MODEL_CHANGES} times, however often a provider changes it`, () => {
    const decoder = createAnthropicMessagesDecoder();
    const events = Array.from({ length: 50 }, (_, index) =>
      decoder.push({ data: JSON.stringify({ type: 'message_start', message: { model: `m-${index}` } }) }),
    ).flat();
    expect(modelsOf(events)).toEqual(Array.from({ length: MAX_MODEL_CHANGES }, (_, index) => `m-${index}`));
  });

  it('comes before the first text, so the window can say it while the answer streams', () => {
    const events = decodeFile(minimax, 'minimax-openai/stream-m27-think-tags-01.sse');
    const first = events.findIndex((event) => event.type === 'reasoning' || event.type === 'text');
    const model = events.findIndex((event) => event.type === 'model');
    expect(model).toBeGreaterThanOrEqual(0);
    expect(model).toBeLessThan(first);
  });
});
