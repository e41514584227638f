import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src-shared/domain.ts';
import { ColumnAccumulator } from '../compare/column-result.ts';
import { createAnthropicMessagesDecoder } from './anthropic-messages.ts';
import { buildAnthropicMessagesBody } from './anthropic-messages-body.ts';

function decode(events: Record<string, unknown>[]) {
  const decoder = createAnthropicMessagesDecoder({ provider: 'minimax', model: 'MiniMax-M2.7' });
  const out: StreamEvent[] = [];
  for (const event of events)
    out.push(...decoder.push({ event: String(event.type), data: JSON.stringify(event) }));
  out.push(...decoder.end());
  const accumulator = new ColumnAccumulator();
  for (const event of out) accumulator.add(event);
  return accumulator.result({ ttftMs: null, totalMs: 0, tokensPerSecond: null, tokensEstimated: false });
}

describe('Anthropic messages decoder', () => {
  it('handles MiniMax quirks: no msg_ id, thinking without signature, empty first input_json_delta', () => {
    const result = decode([
      {
        type: 'message_start',
        message: {
          id: '0123456789abcdef0123456789abcdef',
          usage: { input_tokens: 10, cache_read_input_tokens: 4, output_tokens: 1 },
        },
      },
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Weigh it.' } },
      {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'signature_delta', signature: 'a'.repeat(64) },
      },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_function_ab12_1', name: 'lookup', input: {} },
      },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '' } },
      {
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '{"q":"x"}' },
      },
      { type: 'content_block_stop', index: 1 },
      { type: 'ping' },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use' },
        usage: {
          input_tokens: 10,
          cache_read_input_tokens: 4,
          cache_creation_input_tokens: 2,
          output_tokens: 30,
        },
      },
      { type: 'message_stop' },
    ]);
    expect(result).toMatchObject({
      reasoning: 'Weigh it.',
      text: '',
      finishReason: 'tool_calls',
      toolCalls: [{ id: 'call_function_ab12_1', name: 'lookup', arguments: '{"q":"x"}' }],
      // message_delta's usage wins; input counts the cached parts too.
      usage: {
        inputTokens: 16,
        outputTokens: 30,
        cacheReadTokens: 4,
        cacheWriteTokens: 2,
        reasoningTokens: 0,
      },
    });
  });

  it('turns an overloaded error event into an overloaded error, keeping the text before it', () => {
    const result = decode([
      { type: 'message_start', message: { usage: { input_tokens: 5, output_tokens: 1 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Partial' } },
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    ]);
    expect(result).toMatchObject({ text: 'Partial', finishReason: 'error', error: { kind: 'overloaded' } });
  });

  it('reports a stream cut off before message_stop, keeping its text; message_stop alone ends cleanly', () => {
    const opening = [
      { type: 'message_start', message: { usage: { input_tokens: 5, output_tokens: 1 } } },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Half an ans' } },
    ];
    expect(decode(opening)).toMatchObject({
      text: 'Half an ans',
      finishReason: 'error',
      error: { kind: 'network' },
    });
    expect(decode([...opening, { type: 'message_stop' }])).toMatchObject({ finishReason: null, error: null });
  });

  it('maps stop reasons', () => {
    const stop = (reason: string) =>
      decode([{ type: 'message_delta', delta: { stop_reason: reason }, usage: { output_tokens: 1 } }])
        .finishReason;
    expect([stop('end_turn'), stop('max_tokens'), stop('tool_use'), stop('refusal')]).toEqual([
      'stop',
      'length',
      'tool_calls',
      'content_filter',
    ]);
  });
});

describe('Anthropic messages request body', () => {
  const rules = { thinking: 'budget' as const, defaultMaxTokens: 4096 };
  it('puts system at the top level and requires max_tokens', () => {
    expect(
      buildAnthropicMessagesBody(
        { model: 'c', system: 's', messages: [{ role: 'user', content: 'hi' }] },
        rules,
      ),
    ).toEqual({
      model: 'c',
      max_tokens: 4096,
      system: 's',
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('asks for budgeted thinking, and adaptive or disabled thinking for MiniMax-M3', () => {
    const messages = [{ role: 'user' as const, content: 'hi' }];
    expect(
      buildAnthropicMessagesBody(
        { model: 'c', messages, reasoning: true, maxOutputTokens: 8000, temperature: 0.3 },
        rules,
      ),
    ).toMatchObject({
      thinking: { type: 'enabled', budget_tokens: 4000 },
    });
    const m3 = buildAnthropicMessagesBody({ model: 'MiniMax-M3', messages, reasoning: false }, rules);
    expect(m3.thinking).toEqual({ type: 'disabled' });
    expect(
      buildAnthropicMessagesBody({ model: 'MiniMax-M3', messages, reasoning: true }, rules).thinking,
    ).toEqual({ type: 'adaptive' });
  });
});
