import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../../src-shared/history.ts';
import { CONVERSATION, EXPORTED_AT, OPENAI_ANSWER } from './export-test-fixture.ts';
import { conversationMarkdown } from './markdown-export.ts';
import { selectTurns } from './select-turns.ts';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('conversationMarkdown', () => {
  it('writes one run as a report: title, date, prompts, the answer and its metrics', () => {
    const run = selectTurns(CONVERSATION, 'run-2');
    expect(conversationMarkdown(run, { exportedAt: EXPORTED_AT, oneRun: true })).toBe(
      lines(
        '# BYOK Arena run',
        '',
        'Exported 2026-11-27 10:00 UTC · turn 2 of conversation conv-1',
        '',
        'Total: $0.0005',
        '',
        '## Turn 2 · 2026-11-27 09:07 UTC',
        '',
        'Parameters: temperature 0.2',
        '',
        '**System prompt**',
        '',
        '```text',
        'Be brief.',
        '```',
        '',
        '**Prompt**',
        '',
        '```text',
        '=SUM(A1)',
        '```',
        '',
        '### openai/gpt-4o',
        '',
        'Status: done',
        '',
        '```markdown',
        'Yes.',
        '```',
        '',
        '### Metrics',
        '',
        '| Model | Status | Input tokens | Output tokens | Cost | Price source | TTFT | Tokens/s | Total time |',
        '| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
        '| openai/gpt-4o | done | 1,600 | 2 | $0.0005 | curated, 2026-11-01 | 300 ms | — | 400 ms |',
      ),
    );
  });

  it('fences an answer holding ``` with a longer fence, so it cannot end the block early', () => {
    const text = conversationMarkdown(CONVERSATION, { exportedAt: EXPORTED_AT, oneRun: false });
    expect(text).toContain(`\n\`\`\`\`markdown\n${OPENAI_ANSWER}\n\`\`\`\`\n`);
    expect(text).toContain('\n````text\nCompare | pipes and ``` fences\n````\n');
  });

  it('keeps reasoning in a collapsed <details>, fenced', () => {
    const text = conversationMarkdown(CONVERSATION, { exportedAt: EXPORTED_AT, oneRun: false });
    expect(text).toContain(
      lines(
        '<details>',
        '<summary>Reasoning</summary>',
        '',
        '````text',
        'Think about ``` and tables.',
        '````',
        '',
        '</details>',
      ),
    );
    expect(text.match(/<details>/g)).toHaveLength(1);
  });

  it('adds up the whole conversation, CNY apart, and says what it left out', () => {
    // The fixture's failed column returned nothing; one answer without a price is added here.
    const withUnpriced = { ...CONVERSATION, total: { ...CONVERSATION.total, unknownColumns: 1 } };
    const text = conversationMarkdown(withUnpriced, { exportedAt: EXPORTED_AT, oneRun: false });
    expect(
      text.startsWith(
        '# BYOK Arena conversation\n\nExported 2026-11-27 10:00 UTC · 2 turns, started 2026-11-27 09:05 UTC\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      '\nTotal: $0.0017 and ¥0.71 (~$0.1017 in all) · 1 answer without a known price, left out\n',
    );
    expect(text).toContain('\n## Turn 1 · 2026-11-27 09:05 UTC\n');
    expect(text).toContain('\n## Turn 2 · 2026-11-27 09:07 UTC\n');
  });

  it('says a failure in words and writes every column in the metrics table', () => {
    const text = conversationMarkdown(CONVERSATION, { exportedAt: EXPORTED_AT, oneRun: false });
    expect(text).toContain(
      lines(
        '### anthropic/claude-sonnet-4-5',
        '',
        'Status: failed: rate limit (HTTP 429). Too many requests: wait 20 s and try again.',
      ),
    );
    expect(text).toContain('\n### minimax/MiniMax-M2 (China)\n');
    expect(text).toContain(
      '\n| minimax/MiniMax-M2 (China) | done | 1,000 | 200 | ¥0.71 (~$0.10) | curated, 2026-10-15 | 850 ms | 30 | 1.50 s |\n',
    );
    expect(text).toContain(
      '\n| anthropic/claude-sonnet-4-5 | failed: rate limit | — | — | — | — | — | — | 120 ms |\n',
    );
    expect(text).toContain(
      '\n| openai/gpt-4o | done | 1,200 | 340 | $0.0012 | curated, 2026-11-01 | 412 ms | 48.3 | 2.35 s |\n',
    );
  });

  it('escapes names and messages so they cannot break a heading or a table row', () => {
    const [turn] = CONVERSATION.turns;
    const column = turn!.columns[2]!;
    const hostile: Conversation = {
      ...CONVERSATION,
      turns: [
        {
          ...turn!,
          columns: [
            {
              ...column,
              model: 'a|b\n# c',
              error: { kind: 'server', message: 'Broke <script> and *stars*\n| x |' },
            },
          ],
        },
      ],
    };
    const text = conversationMarkdown(hostile, { exportedAt: EXPORTED_AT, oneRun: false });
    expect(text).toContain('\n### anthropic/a\\|b \\# c\n');
    expect(text).toContain('Status: failed: server error. Broke \\<script\\> and \\*stars\\* \\| x \\|\n');
    expect(text).toContain('\n| anthropic/a\\|b \\# c | failed: server error |');
    expect(text).not.toContain('<script>');
  });
});
