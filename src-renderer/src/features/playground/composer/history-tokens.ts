// A follow-up's input is the whole conversation, not just the new prompt: each column's earlier turns,
// as that column sends them back, counted with the same tokenizer (so the count is approximate).
import type { ChatTurn } from '../../../../../src-shared/conversation.ts';
import type { ProviderId } from '../../../../../src-shared/domain.ts';
import { countTokensInSlices, type PieceCounter } from './token-count.ts';

export interface SendingColumn {
  provider: ProviderId;
  model: string;
}

/** DeepSeek V4 (deepseek-v4-*, deepseek-flash) takes its reasoning back with each assistant turn. */
const sendsReasoningBack = ({ provider, model }: SendingColumn) =>
  provider === 'deepseek' && (model.startsWith('deepseek-v4') || model === 'deepseek-flash');

/** The text a follow-up sends for this turn: the replay main kept when there is one, else the answer. */
export function sentText(turn: ChatTurn, column: SendingColumn): string {
  if (turn.role === 'user') return turn.content;
  if (turn.replay?.content !== undefined) return turn.replay.content;
  if (turn.replay?.blocks) {
    return turn.replay.blocks
      .map((block) =>
        block.type === 'thinking'
          ? block.thinking
          : block.type === 'text'
            ? block.text
            : block.type === 'tool_use'
              ? `${block.name} ${block.input}`
              : block.data,
      )
      .join('\n');
  }
  return turn.reasoning && sendsReasoningBack(column) ? `${turn.reasoning}\n${turn.content}` : turn.content;
}

/**
 * The tokens of a column's earlier turns. Turns never change once made, so each is counted once
 * (`cache`, by turn); a long conversation is counted in slices that leave the window responsive.
 * Null when `signal` aborted the count.
 */
export async function historyTokens(
  turns: readonly ChatTurn[],
  column: SendingColumn,
  count: PieceCounter,
  cache: WeakMap<ChatTurn, number>,
  signal?: AbortSignal,
): Promise<number | null> {
  let total = 0;
  for (const turn of turns) {
    let tokens = cache.get(turn);
    if (tokens === undefined) {
      const counted = await countTokensInSlices(sentText(turn, column), count, signal ? { signal } : {});
      if (counted === null) return null;
      tokens = counted;
      cache.set(turn, tokens);
    }
    total += tokens;
  }
  return total;
}
