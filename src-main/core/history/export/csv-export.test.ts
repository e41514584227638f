import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../../src-shared/history.ts';
import { conversationCsv } from './csv-export.ts';
import { CONVERSATION } from './export-test-fixture.ts';

/** RFC 4180, by hand: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

const HEADER = [
  'conversationId',
  'runId',
  'turn',
  'startedAt',
  'provider',
  'model',
  'state',
  'inputTokens',
  'outputTokens',
  'reasoningTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'costUsd',
  'costCny',
  'priceSource',
  'priceAsOf',
  'ttftMs',
  'tokensPerSecond',
  'totalMs',
  'errorKind',
];

describe('conversationCsv', () => {
  it('writes one row per column per turn, with tokens, costs, timings and the error kind', () => {
    const rows = parseCsv(conversationCsv(CONVERSATION.turns));
    expect(rows).toEqual([
      HEADER,
      // prettier-ignore
      [
        'conv-1',
        'run-1',
        '1',
        '2026-11-27T09:05:00.000Z',
        'openai',
        'gpt-4o',
        'done',
        '1200',
        '340',
        '120',
        '800',
        '0',
        '0.0012',
        '',
        'curated',
        '2026-11-01',
        '412',
        '48.25',
        '2346',
        '',
      ],
      [
        'conv-1',
        'run-1',
        '1',
        '2026-11-27T09:05:00.000Z',
        'minimax',
        'MiniMax-M2',
        'done',
        '1000',
        '200',
        '0',
        '0',
        '0',
        '0.1',
        '0.71',
        'curated',
        '2026-10-15',
        '850',
        '30',
        '1500',
        '',
      ],
      [
        'conv-1',
        'run-1',
        '1',
        '2026-11-27T09:05:00.000Z',
        'anthropic',
        'claude-sonnet-4-5',
        'failed',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '120',
        'rate_limit',
      ],
      [
        'conv-1',
        'run-2',
        '2',
        '2026-11-27T09:07:30.000Z',
        'openai',
        'gpt-4o',
        'done',
        '1600',
        '2',
        '0',
        '0',
        '0',
        '0.0005',
        '',
        'curated',
        '2026-11-01',
        '300',
        '',
        '400',
        '',
      ],
    ]);
  });

  it('ends every record with CRLF and quotes only fields that need it', () => {
    const text = conversationCsv(CONVERSATION.turns.slice(1));
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text).not.toContain('"');
  });

  it('quotes commas, quotes and newlines, and defuses cells a spreadsheet would run as formulas', () => {
    const [turn] = CONVERSATION.turns;
    const hostile: Conversation['turns'] = [
      {
        ...turn!,
        runId: 'run,"x"',
        columns: [
          { ...turn!.columns[0]!, model: '=SUM(A1)' },
          { ...turn!.columns[0]!, model: '+1\nline' },
          { ...turn!.columns[0]!, model: '-2' },
          { ...turn!.columns[0]!, model: '@cmd' },
          { ...turn!.columns[0]!, model: '\tTab' },
        ],
      },
    ];
    const text = conversationCsv(hostile);
    expect(text).toContain('"run,""x"""');
    const rows = parseCsv(text);
    expect(rows.slice(1).map((row) => row[1])).toEqual(Array(5).fill('run,"x"'));
    expect(rows.slice(1).map((row) => row[5])).toEqual(["'=SUM(A1)", "'+1\nline", "'-2", "'@cmd", "'\tTab"]);
    // Numbers the export writes itself are never prefixed.
    expect(rows[1]?.[12]).toBe('0.0012');
  });
});
