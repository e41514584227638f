import { describe, expect, it } from 'vitest';
import type { ChatTurn } from '../../../../../src-shared/conversation.ts';
import { historyTokens, sentText } from './history-tokens.ts';

const user = (content: string): ChatTurn => ({ role: 'user', content });

describe('sentText', () => {
  it('counts what a follow-up sends back for an assistant turn', () => {
    // MiniMax on the OpenAI wire: the content as received, <think> included.
    const minimax: ChatTurn = {
      role: 'assistant',
      content: 'Quicksort.',
      reasoning: 'Think it over.',
      replay: { content: '<think>Think it over.</think>Quicksort.' },
    };
    expect(sentText(minimax, { provider: 'minimax', model: 'MiniMax-M2.7' })).toBe(
      '<think>Think it over.</think>Quicksort.',
    );
    // Anthropic wire: thinking and text blocks.
    const claude: ChatTurn = {
      role: 'assistant',
      content: 'Quicksort.',
      reasoning: 'Weigh both.',
      replay: {
        blocks: [
          { type: 'thinking', thinking: 'Weigh both.', signature: 'sig' },
          { type: 'text', text: 'Quicksort.' },
        ],
      },
    };
    expect(sentText(claude, { provider: 'anthropic', model: 'claude-haiku-4-5' })).toBe(
      'Weigh both.\nQuicksort.',
    );
    // DeepSeek V4 takes its reasoning back; OpenAI does not.
    const plain: ChatTurn = { role: 'assistant', content: 'Quicksort.', reasoning: 'Hmm.' };
    expect(sentText(plain, { provider: 'deepseek', model: 'deepseek-v4-flash' })).toBe('Hmm.\nQuicksort.');
    expect(sentText(plain, { provider: 'openai', model: 'gpt-5-mini' })).toBe('Quicksort.');
    expect(sentText(user('Which sort?'), { provider: 'openai', model: 'gpt-5-mini' })).toBe('Which sort?');
  });
});

describe('historyTokens', () => {
  // One "token" per character: easy to check by hand.
  const count = (piece: string) => piece.length;

  it('adds up the tokens of every earlier turn, counting each turn once', async () => {
    const turns: ChatTurn[] = [
      user('Which sort?'),
      { role: 'assistant', content: 'Quicksort.', reasoning: 'Hmm.' },
      user('And stable?'),
      { role: 'assistant', content: 'Merge sort.' },
    ];
    const counted: string[] = [];
    const counting = (piece: string) => {
      counted.push(piece);
      return count(piece);
    };
    const cache = new WeakMap<ChatTurn, number>();
    const column = { provider: 'openai' as const, model: 'gpt-5-mini' };
    expect(await historyTokens(turns, column, counting, cache)).toBe(11 + 10 + 11 + 11);
    const again = await historyTokens(
      [...turns, user('x'), { role: 'assistant', content: 'y' }],
      column,
      counting,
      cache,
    );
    expect(again).toBe(43 + 2);
    expect(counted.join('|')).toBe('Which sort?|Quicksort.|And stable?|Merge sort.|x|y');
  });
});
