import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { createOpenAIChatDecoder, type OpenAIDecoderOptions } from './openai-chat.ts';

function decode(chunks: unknown[], options: OpenAIDecoderOptions = { reasoningTags: false }): StreamEvent[] {
  const decoder = createOpenAIChatDecoder(options);
  const events = chunks.flatMap((chunk) => decoder.push({ data: JSON.stringify(chunk) }));
  return [...events, ...decoder.end()];
}

const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) => ({
  choices: [{ index: 0, delta, finish_reason: finishReason }],
});
const ofType = (events: StreamEvent[], type: StreamEvent['type']) =>
  events.filter((event) => event.type === type);

describe('OpenAI chat decoder: finish reasons', () => {
  // OpenAI Chat Completions: finish_reason is stop, length, tool_calls, content_filter or the
  // deprecated function_call (a function call, like tool_calls).
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool_calls'],
    ['function_call', 'tool_calls'],
    ['content_filter', 'content_filter'],
    ['constructor', 'stop'],
    ['something_new', 'stop'],
  ])('reads finish_reason %j as %j', (wire, reason) => {
    expect(ofType(decode([chunk({ content: 'Hi' }, wire)]), 'finish')).toStrictEqual([
      { type: 'finish', reason },
    ]);
  });
});

describe('OpenAI chat decoder: where reasoning comes from', () => {
  // PROVIDERS.md, MiniMax: with reasoning_split the reasoning arrives in delta.reasoning_details[].text
  // and/or delta.reasoning_content (parse both); DeepSeek: delta.reasoning_content; OpenRouter: delta.reasoning.
  it.each([
    ['reasoning_content', { reasoning_content: 'Weigh it.' }, 'Weigh it.'],
    ['reasoning', { reasoning: 'Weigh it.' }, 'Weigh it.'],
    [
      'reasoning_details, parts joined as they are',
      { reasoning_details: [{ text: 'Weigh' }, { text: ' it.' }] },
      'Weigh it.',
    ],
    [
      'reasoning_content repeated in reasoning_details, once',
      { reasoning_content: 'Weigh it.', reasoning_details: [{ text: 'Weigh it.' }] },
      'Weigh it.',
    ],
    [
      'reasoning_content repeated in reasoning, once',
      { reasoning_content: 'Weigh it.', reasoning: 'Weigh it.' },
      'Weigh it.',
    ],
    [
      'a detail without text, as nothing',
      { reasoning_details: [{ type: 'reasoning.encrypted' }, { text: 'x' }] },
      'x',
    ],
  ])('reads %s', (_name, delta, reasoning) => {
    expect(ofType(decode([chunk(delta, 'stop')]), 'reasoning')).toStrictEqual([
      { type: 'reasoning', delta: reasoning },
    ]);
  });

  it('prefers reasoning_content when reasoning_details says something else', () => {
    const delta = { reasoning_content: 'direct', reasoning_details: [{ text: 'detail' }] };
    expect(ofType(decode([chunk(delta, 'stop')]), 'reasoning')).toStrictEqual([
      { type: 'reasoning', delta: 'direct' },
    ]);
  });
});

describe('OpenAI chat decoder: tool call arguments', () => {
  // Some providers send function.arguments as an object instead of JSON text.
  it.each([
    ['JSON text, as it is', '{"city": "Paris"}', '{"city": "Paris"}'],
    ['an object, as JSON text', { city: 'Paris' }, '{"city":"Paris"}'],
    ['null, as nothing', null, ''],
  ])('reads arguments sent as %s', (_name, args, expected) => {
    const events = decode([
      chunk(
        { tool_calls: [{ index: 0, id: 'call_1', function: { name: 'get_weather', arguments: args } }] },
        'tool_calls',
      ),
    ]);
    expect(ofType(events, 'tool-call')).toStrictEqual([
      { type: 'tool-call', call: { id: 'call_1', name: 'get_weather', arguments: expected } },
    ]);
  });
});

describe('OpenAI chat decoder: after a tool-call limit is passed', () => {
  it('takes no more frames, JSON or not', () => {
    const decoder = createOpenAIChatDecoder({
      reasoningTags: false,
      limits: { maxHeldChars: 1000, maxToolCalls: 1 },
    });
    const twoCalls = chunk({
      tool_calls: [
        { index: 0, id: 'call_1', function: { name: 'a', arguments: '{}' } },
        { index: 1, id: 'call_2', function: { name: 'b', arguments: '{}' } },
      ],
    });
    const stopped = decoder.push({ data: JSON.stringify(twoCalls) });
    expect(stopped.map((event) => event.type)).toStrictEqual(['tool-call', 'error']);
    expect(decoder.push({ data: JSON.stringify(chunk({ content: 'more' })) })).toStrictEqual([]);
    expect(decoder.push({ data: 'not json' })).toStrictEqual([]);
    expect(decoder.pushJson(chunk({ content: 'more' }))).toStrictEqual([]);
  });
});
