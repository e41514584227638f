// Earlier turns go back to each provider the way its docs require (see PROVIDERS.md, "Follow-ups"):
// MiniMax's raw <think> content on the OpenAI wire, Anthropic-wire blocks with their signatures,
// DeepSeek V4's reasoning_content, plain role/content everywhere else.
import { describe, expect, it } from 'vitest';
import type { ChatTurn } from '../../../src-shared/conversation.ts';
import type { ProviderId, WireId } from '../../../src-shared/domain.ts';
import { PROVIDERS } from '../providers/registry.ts';
import { columnChatRequest } from './column-request.ts';
import { codecFor } from './wire-codec.ts';

const SIGNATURE = 'EvMCCkYICxgCKkCHP2cSuEdcJK/0rFwqES/ecn+VurRpNTwI4XNyM0vnNfGsc9OmE8YYHauwBZ/uaRpm==';
const RAW = '<think>\nThe user wants a proof.\n</think>\n\n**Proof.** Done.';

const answered: ChatTurn = {
  role: 'assistant',
  content: '**Proof.** Done.',
  reasoning: 'The user wants a proof.',
  replay: {
    content: RAW,
    blocks: [
      { type: 'thinking', thinking: 'The user wants a proof.', signature: SIGNATURE },
      { type: 'redacted_thinking', data: 'EqkECkYIBxgCKkA8AZ4n' },
      { type: 'text', text: '**Proof.** Done.' },
    ],
  },
};

/** The messages a column sends for: first question, `answer`, then "And odd plus even?". */
function messagesSent(provider: ProviderId, model: string, answer: ChatTurn, wire?: WireId): unknown[] {
  const definition = PROVIDERS[provider];
  const request = columnChatRequest(
    {
      columnId: 'c',
      provider,
      model,
      history: [{ role: 'user', content: 'Prove odd plus odd is even.' }, answer],
    },
    { prompt: 'And odd plus even?', system: 'Be brief.', params: {} },
  );
  const body = codecFor(definition, wire ?? definition.defaultWire, model).buildBody(request);
  return body.messages as unknown[];
}

const FIRST = { role: 'user', content: 'Prove odd plus odd is even.' };
const NEXT = { role: 'user', content: 'And odd plus even?' };

describe('follow-up requests', () => {
  it('MiniMax, OpenAI wire: the assistant content exactly as received, <think> included', () => {
    expect(messagesSent('minimax', 'MiniMax-M2.7', answered)).toEqual([
      { role: 'system', content: 'Be brief.' },
      FIRST,
      { role: 'assistant', content: RAW },
      NEXT,
    ]);
  });

  it('MiniMax, OpenAI wire: a turn without a replay goes back as its plain content', () => {
    const plain: ChatTurn = { role: 'assistant', content: 'Done.', reasoning: 'Thought.' };
    expect(messagesSent('minimax', 'MiniMax-M2.7', plain)[2]).toEqual({
      role: 'assistant',
      content: 'Done.',
    });
  });

  it.each([
    ['anthropic', 'claude-sonnet-4-5', 'anthropic-messages'],
    ['minimax', 'MiniMax-M2.7', 'anthropic-messages'],
  ] as const)(
    '%s on the Anthropic wire: the blocks unchanged, signatures and redacted data included',
    (provider, model, wire) => {
      expect(messagesSent(provider, model, answered, wire)).toEqual([
        FIRST,
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'The user wants a proof.', signature: SIGNATURE },
            { type: 'redacted_thinking', data: 'EqkECkYIBxgCKkA8AZ4n' },
            { type: 'text', text: '**Proof.** Done.' },
          ],
        },
        NEXT,
      ]);
    },
  );

  it('Anthropic wire: tool_use input goes back as the JSON object; input that is not one goes back as {}', () => {
    const withTools: ChatTurn = {
      role: 'assistant',
      content: '',
      replay: {
        blocks: [
          { type: 'tool_use', id: 'toolu_1', name: 'weather', input: '{"city": "Paris", "days": [1, 2]}' },
          { type: 'tool_use', id: 'toolu_2', name: 'weather', input: '{"city": "Par' },
          { type: 'tool_use', id: 'toolu_3', name: 'weather', input: '[1, 2]' },
        ],
      },
    };
    expect(messagesSent('anthropic', 'claude-sonnet-4-5', withTools)[1]).toEqual({
      role: 'assistant',
      content: [
        { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Paris', days: [1, 2] } },
        { type: 'tool_use', id: 'toolu_2', name: 'weather', input: {} },
        { type: 'tool_use', id: 'toolu_3', name: 'weather', input: {} },
      ],
    });
  });

  it('Anthropic wire: a turn without blocks goes back as its plain content', () => {
    const plain: ChatTurn = { role: 'assistant', content: 'Done.', replay: { content: RAW } };
    expect(messagesSent('anthropic', 'claude-sonnet-4-5', plain)[1]).toEqual({
      role: 'assistant',
      content: 'Done.',
    });
  });

  it.each(['deepseek-v4-flash', 'deepseek-v4-pro', 'deepseek-flash'])(
    'DeepSeek %s: reasoning_content on the assistant turn; content "" when the answer was only reasoning',
    (model) => {
      expect(messagesSent('deepseek', model, answered)[2]).toEqual({
        role: 'assistant',
        content: '**Proof.** Done.',
        reasoning_content: 'The user wants a proof.',
      });
      const onlyReasoning: ChatTurn = { role: 'assistant', content: '', reasoning: 'Thought it through.' };
      expect(messagesSent('deepseek', model, onlyReasoning)[2]).toEqual({
        role: 'assistant',
        content: '',
        reasoning_content: 'Thought it through.',
      });
    },
  );

  it.each(['deepseek-reasoner', 'deepseek-chat'])(
    'legacy DeepSeek %s: no reasoning_content (it was a 400 there)',
    (model) => {
      expect(messagesSent('deepseek', model, answered)[2]).toEqual({
        role: 'assistant',
        content: '**Proof.** Done.',
      });
    },
  );

  it.each([
    ['openai', 'gpt-5-mini'],
    ['gemini', 'gemini-2.5-flash'],
    ['moonshot', 'kimi-k2-thinking'],
    ['openrouter', 'minimax/minimax-m2'],
    ['custom', 'llama3.2'],
  ] as const)('%s: plain role/content, whatever the turn carries', (provider, model) => {
    expect(messagesSent(provider, model, answered)).toEqual([
      { role: 'system', content: 'Be brief.' },
      FIRST,
      { role: 'assistant', content: '**Proof.** Done.' },
      NEXT,
    ]);
  });

  it('a first turn is the prompt alone', () => {
    const request = columnChatRequest(
      { columnId: 'c', provider: 'openai', model: 'gpt-4o' },
      { prompt: 'Hi', params: {} },
    );
    expect(request.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });
});
