// Answers are provider text of up to 8 MiB: every export format is linear in their size, whatever
// they hold (runs of backticks for the fence, Markdown syntax to escape, quotes to double).
import { describe, it } from 'vitest';
import type { Conversation } from '../../../../src-shared/history.ts';
import { expectLinearTime } from '../../linear-time-test-support.ts';
import { conversationCsv } from './csv-export.ts';
import { CONVERSATION, EXPORTED_AT } from './export-test-fixture.ts';
import { conversationMarkdown } from './markdown-export.ts';

/** A conversation whose answer and reasoning are `size` characters of hostile text. */
function hostile(size: number): Conversation {
  const [turn] = CONVERSATION.turns;
  if (!turn?.columns[0]) throw new Error('the fixture has a first column');
  const text = '`|*<"\n,'.repeat(size / 7) + '`'.repeat(64);
  return {
    ...CONVERSATION,
    turns: [{ ...turn, columns: [{ ...turn.columns[0], text, reasoning: text, model: 'a|b`c' }] }],
  };
}

describe('exports of large hostile answers', () => {
  it('writes Markdown in linear time', () => {
    expectLinearTime(hostile, (conversation) =>
      conversationMarkdown(conversation, { exportedAt: EXPORTED_AT, oneRun: false }),
    );
  });

  it('writes CSV in linear time', () => {
    expectLinearTime(hostile, (conversation) => conversationCsv(conversation.turns));
  });
});
