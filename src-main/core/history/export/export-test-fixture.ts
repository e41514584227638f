// A small conversation for the export tests: a USD column whose answer holds ``` fences, a | table
// and a formula-looking "=SUM(A1)", a CNY-billed column, a failed column, and a follow-up turn.
import type { Conversation, StoredColumn } from '../../../../src-shared/history.ts';
import { cnyCost, usdCost } from '../../../../src-shared/pricing-test-support.ts';

const usage = (inputTokens: number, outputTokens: number, reasoningTokens = 0, cacheReadTokens = 0) => ({
  inputTokens,
  outputTokens,
  cacheReadTokens,
  cacheWriteTokens: 0,
  reasoningTokens,
});

export const OPENAI_ANSWER = [
  'Use a table:',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '```js',
  'sum(1, 2)',
  '```',
  '',
  'In a sheet: =SUM(A1)',
].join('\n');

const openai: StoredColumn = {
  columnId: 'c1',
  provider: 'openai',
  model: 'gpt-4o',
  state: 'done',
  text: OPENAI_ANSWER,
  reasoning: 'Think about ``` and tables.',
  toolCalls: [],
  usage: usage(1200, 340, 120, 800),
  finishReason: 'stop',
  error: null,
  timing: { ttftMs: 412.4, totalMs: 2345.6, tokensPerSecond: 48.25, tokensEstimated: false },
  cost: usdCost(0.0012),
  truncated: false,
};

const minimax: StoredColumn = {
  columnId: 'c2',
  provider: 'minimax',
  model: 'MiniMax-M2',
  region: 'china',
  state: 'done',
  text: 'Short answer, with a comma and a "quote".',
  reasoning: '',
  toolCalls: [],
  usage: usage(1000, 200),
  finishReason: 'stop',
  error: null,
  timing: { ttftMs: 850, totalMs: 1500, tokensPerSecond: 30, tokensEstimated: false },
  cost: { ...cnyCost(0.71, 0.71 / 7.1), asOf: '2026-10-15' },
  truncated: false,
};

const anthropic: StoredColumn = {
  columnId: 'c3',
  provider: 'anthropic',
  model: 'claude-sonnet-4-5',
  state: 'failed',
  text: '',
  reasoning: '',
  toolCalls: [],
  usage: null,
  finishReason: 'error',
  error: { kind: 'rate_limit', httpStatus: 429, message: 'Too many requests: wait 20 s and try again.' },
  timing: { ttftMs: null, totalMs: 120, tokensPerSecond: null, tokensEstimated: false },
  cost: null,
  truncated: false,
};

const followUp: StoredColumn = {
  ...openai,
  text: 'Yes.',
  reasoning: '',
  usage: usage(1600, 2),
  timing: { ttftMs: 300, totalMs: 400, tokensPerSecond: null, tokensEstimated: false },
  cost: { ...openai.cost!, usd: 0.0005 },
};

export const CONVERSATION: Conversation = {
  conversationId: 'conv-1',
  createdAt: '2026-11-27T09:05:00.000Z',
  updatedAt: '2026-11-27T09:07:30.000Z',
  turns: [
    {
      runId: 'run-1',
      conversationId: 'conv-1',
      turnIndex: 0,
      startedAt: '2026-11-27T09:05:00.000Z',
      prompt: 'Compare | pipes and ``` fences',
      system: 'Be brief.',
      params: { temperature: 0.2 },
      columns: [openai, minimax, anthropic],
      blind: false,
      shownOrder: null,
      revealed: false,
      vote: null,
    },
    {
      runId: 'run-2',
      conversationId: 'conv-1',
      turnIndex: 1,
      startedAt: '2026-11-27T09:07:30.000Z',
      prompt: '=SUM(A1)',
      system: 'Be brief.',
      params: { temperature: 0.2 },
      columns: [followUp],
      blind: false,
      shownOrder: null,
      revealed: false,
      vote: null,
    },
  ],
  total: { usd: 0.0017, cny: 0.71, estimatedUsd: 0.0017 + 0.1, unknownColumns: 0 },
};

export const EXPORTED_AT = new Date('2026-11-27T10:00:00.000Z');
