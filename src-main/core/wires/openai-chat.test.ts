import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { ColumnAccumulator } from '../compare/column-result.ts';
import { createOpenAIChatDecoder } from './openai-chat.ts';
import { buildOpenAIChatBody } from './openai-chat-body.ts';

function decode(chunks: unknown[], reasoningTags = false) {
  const decoder = createOpenAIChatDecoder({
    reasoningTags,
    context: { provider: 'minimax', model: 'MiniMax-M2.7' },
  });
  const events: StreamEvent[] = [];
  for (const chunk of chunks)
    events.push(...decoder.push({ data: typeof chunk === 'string' ? chunk : JSON.stringify(chunk) }));
  events.push(...decoder.end());
  const accumulator = new ColumnAccumulator();
  for (const event of events) accumulator.add(event);
  return {
    events,
    result: accumulator.result({ ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false }),
  };
}

const delta = (value: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  choices: [{ index: 0, delta: value, ...extra }],
});

describe('OpenAI chat decoder quirks', () => {
  it('counts reasoning once when reasoning_content and reasoning_details carry the same text', () => {
    const { result } = decode([
      delta({
        reasoning_content: 'Let me think',
        reasoning_details: [{ type: 'reasoning.text', text: 'Let me think' }],
      }),
      delta({ reasoning_details: [{ text: ' more.' }] }),
      delta({ content: 'Answer' }, { finish_reason: 'stop' }),
    ]);
    expect(result).toMatchObject({ reasoning: 'Let me think more.', text: 'Answer', finishReason: 'stop' });
  });

  it('takes usage from choices[0].usage (Moonshot) and lets the last repeated usage win (Gemini)', () => {
    const moonshot = decode([
      delta({ content: 'hi' }, { finish_reason: 'stop', usage: { prompt_tokens: 9, completion_tokens: 3 } }),
    ]);
    expect(moonshot.result.usage).toMatchObject({ inputTokens: 9, outputTokens: 3 });
    const gemini = decode([
      { ...delta({ content: 'a' }), usage: { prompt_tokens: 9, completion_tokens: 1 } },
      {
        ...delta({ content: 'b' }, { finish_reason: 'stop' }),
        usage: { prompt_tokens: 9, completion_tokens: 2 },
      },
    ]);
    expect(gemini.result.usage).toMatchObject({ inputTokens: 9, outputTokens: 2 });
    expect(gemini.events.filter((event) => event.type === 'usage')).toHaveLength(1);
  });

  it('accumulates tool-call fragments by index and emits each call whole', () => {
    const { result } = decode([
      delta({ tool_calls: [{ index: 0, id: 'call_1', function: { name: 'lookup', arguments: '' } }] }),
      delta({ tool_calls: [{ index: 1, id: 'call_2', function: { name: 'other', arguments: '{}' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"q":' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '"x"}' } }] }, { finish_reason: 'tool_calls' }),
    ]);
    expect(result.toolCalls).toEqual([
      { id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' },
      { id: 'call_2', name: 'other', arguments: '{}' },
    ]);
    expect(result.finishReason).toBe('tool_calls');
  });

  it('keeps text that rides on the finish chunk, and leaves the finish unknown after a bare [DONE]', () => {
    expect(decode([delta({ content: 'last words' }, { finish_reason: 'length' })]).result).toMatchObject({
      text: 'last words',
      finishReason: 'length',
    });
    const done = decode([delta({ content: 'no reason given' }), '[DONE]']).result;
    expect(done).toMatchObject({ text: 'no reason given', finishReason: null, error: null });
  });

  it('reports a stream that ends with neither a finish reason nor [DONE] as cut off, keeping its text', () => {
    const { result } = decode([delta({ content: 'cut short' })]);
    expect(result.text).toBe('cut short');
    expect(result.finishReason).toBe('error');
    expect(result.error?.kind).toBe('network');
    expect(result.error?.message).toMatch(/MiniMax ended before the answer was complete/);
  });

  it('splits think tags across chunks when the provider puts reasoning in content', () => {
    const { result } = decode(
      [
        delta({ content: '<thi' }),
        delta({ content: 'nk>\nplan' }),
        delta({ content: '</think>\n\nDo' }),
        delta({ content: 'ne' }),
      ],
      true,
    );
    expect(result).toMatchObject({ reasoning: 'plan', text: 'Done' });
  });

  it('ignores [DONE] and blank frames, and reports a non-JSON frame as a protocol error', () => {
    const { result } = decode([delta({ content: 'ok' }), '', 'not json', '[DONE]']);
    expect(result.text).toBe('ok');
    expect(result.error).toMatchObject({ kind: 'protocol' });
    expect(result.finishReason).toBe('error');
  });
});

describe('OpenAI chat request body', () => {
  const rules = {
    maxTokensField: 'max_completion_tokens' as const,
    minTemperature: 0.01,
    reasoningTags: true,
  };
  it('clamps temperature to the provider minimum and omits what the user did not set', () => {
    const body = buildOpenAIChatBody(
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], temperature: 0 },
      rules,
    );
    expect(body).toEqual({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.01,
    });
  });

  it('sends tools in the function format', () => {
    const body = buildOpenAIChatBody(
      {
        model: 'm',
        messages: [{ role: 'user', content: 'hi' }],
        tools: [{ name: 'lookup', parameters: { type: 'object' } }],
        maxOutputTokens: 10,
      },
      rules,
    );
    expect(body).toMatchObject({
      max_completion_tokens: 10,
      tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
    });
  });
});
