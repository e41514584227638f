// The history section of `npm run bench`: 10,000 stored conversations in a temporary history.sqlite,
// then the list's first page, a deep page, searches, a filter, one conversation and the spending
// report, each timed over repeated runs (interleaved, GC before each; median and spread), and what saving
// one run costs.
// Usage: npm run bench -- --only history [--quick]   (or node scripts/bench-history.ts [--quick])
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HistoryStore } from '../src-main/core/history/history-store.ts';
import { seedRun } from '../src-main/core/history/history-test-support.ts';
import type { ColumnOutcome } from '../src-main/core/history/stored-column-fields.ts';
import type { ProviderId } from '../src-shared/domain.ts';
import type { HistoryQuery } from '../src-shared/history.ts';
import { usdCost } from '../src-shared/pricing-test-support.ts';
import { interleave, spreadOf } from './bench-stats.ts';

const CONVERSATIONS = 10_000;
const WORDS = (
  'the model answer cost token latency stream provider column reason proof theorem prime integer ' +
  'function array sort merge binary tree graph path cache memory thread lock queue socket request ' +
  'response header status error retry budget price quality tier region key vault history search'
).split(' ');
const MODELS: [ProviderId, string][] = [
  ['openai', 'gpt-4o'],
  ['anthropic', 'claude-sonnet-4-5'],
  ['deepseek', 'deepseek-v4-flash'],
  ['minimax', 'MiniMax-M2.7'],
];

/** A deterministic pseudo-random sequence (the same database every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function outcome(next: () => number, index: number): ColumnOutcome {
  const usd = next() * 0.01;
  return {
    text: `${words(next, 150 + Math.floor(next() * 350))}${index % 500 === 0 ? ' zanzibar' : ''}`,
    reasoning: words(next, 40),
    toolCalls: [],
    usage: {
      inputTokens: 500,
      outputTokens: 400,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      reasoningTokens: 50,
    },
    finishReason: 'stop',
    error: null,
    timing: { ttftMs: 300, totalMs: 4000, tokensPerSecond: 80, tokensEstimated: false },
    cost: usdCost(usd),
    truncated: false,
  };
}

function record(
  store: HistoryStore,
  next: () => number,
  index: number,
  startedAt: Date,
  conversationId: string,
): void {
  // Drawn before the answers, so the seeded database stays the one earlier bench runs measured.
  const prompt = words(next, 10 + Math.floor(next() * 40));
  seedRun(store, {
    runId: `run-${index}-${startedAt.getTime()}`,
    conversationId,
    startedAt,
    prompt,
    columns: MODELS.slice(0, 2 + (index % 3)).map(([provider, model]) => ({
      provider,
      model,
      outcome: outcome(next, index),
    })),
  });
}

export interface HistoryCase {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export interface HistoryResult {
  conversations: number;
  /** Stored runs (every tenth conversation has a follow-up), 2–4 columns each. */
  runs: number;
  seedSeconds: number;
  databaseBytes: number;
  cases: HistoryCase[];
}

/** Milliseconds to the microsecond: finer digits are noise. */
const microseconds = (ms: number) => Math.round(ms * 1000) / 1000;

export async function run(options: { quick: boolean }): Promise<HistoryResult> {
  const rounds = options.quick ? 5 : 50;
  const folder = mkdtempSync(join(tmpdir(), 'arena-bench-history-'));
  const file = join(folder, 'history.sqlite');
  const store = new HistoryStore(file, { scrub: (value) => value, log: (line) => console.log(line) });
  const db = store.databaseOrNull();
  if (!db) throw new Error(`bench: ${store.status().message}`);
  const next = random(12);
  const start = Date.UTC(2025, 0, 1);

  let seeded = performance.now();
  db.exec('BEGIN');
  for (let index = 0; index < CONVERSATIONS; index++) {
    const startedAt = new Date(start + index * 45 * 60_000);
    record(store, next, index, startedAt, `conv-${index}`);
    // Every tenth conversation has a follow-up.
    if (index % 10 === 0) record(store, next, index, new Date(startedAt.getTime() + 60_000), `conv-${index}`);
  }
  db.exec('COMMIT');
  seeded = performance.now() - seeded;
  const databaseBytes = statSync(file).size;
  console.log(
    `history: ${CONVERSATIONS.toLocaleString()} conversations (${(CONVERSATIONS * 1.1).toLocaleString()} runs, 2–4 columns) seeded in ${(seeded / 1000).toFixed(1)} s, ${(databaseBytes / 1e6).toFixed(0)} MB`,
  );

  let cursor: string | null = null;
  for (let page = 0; page < 100; page++)
    cursor = store.list({ limit: 50, ...(cursor ? { cursor } : {}) }).nextCursor;
  const deep: HistoryQuery = { limit: 50, ...(cursor ? { cursor } : {}) };
  const reads: [string, () => unknown][] = [
    ['first page (50)', () => store.list({ limit: 50 })],
    ['page 101 (after 5,000)', () => store.list(deep)],
    ['search, a common word', () => store.list({ search: 'theorem', limit: 50 })],
    ['search, a rare word (20 hits)', () => store.list({ search: 'zanzibar', limit: 50 })],
    ['search, a phrase', () => store.list({ search: '"binary tree"', limit: 50 })],
    ['filter by provider (a third of them)', () => store.list({ provider: 'minimax', limit: 50 })],
    ['filter by date range', () => store.list({ from: '2025-06-01', to: '2025-06-30', limit: 50 })],
    ['one conversation (2 turns)', () => store.get('conv-5000')],
    ['spending by day', () => store.spending({ groupBy: 'day' })],
    ['spending by month', () => store.spending({ groupBy: 'month' })],
  ];
  // Saving as the app does: each write its own synced transaction, while runs go on. Timed after the
  // reads, so that every read sees the same 11,000 runs.
  let index = CONVERSATIONS;
  const saving = 'saving one run of 3 columns (4 synced transactions)';
  const timing = { warmups: options.quick ? 1 : 2, runs: rounds };
  let durations: Record<string, number[]>;
  try {
    durations = await interleave(
      Object.fromEntries(reads.map(([name, read]) => [name, async () => read()])),
      timing,
    );
    Object.assign(
      durations,
      await interleave(
        { [saving]: async () => record(store, next, index++, new Date(), `live-${index}`) },
        timing,
      ),
    );
  } finally {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const timed = [...reads.map(([name]) => name), saving].map((name): HistoryCase => {
    const { median, min, max, runs } = spreadOf(durations[name] ?? []);
    console.log(
      `history ${name}: median ${median.toFixed(2)} ms (min ${min.toFixed(2)}, max ${max.toFixed(2)}; ${runs} runs)`,
    );
    return { name, medianMs: microseconds(median), minMs: microseconds(min), maxMs: microseconds(max), runs };
  });
  return {
    conversations: CONVERSATIONS,
    runs: CONVERSATIONS * 1.1,
    seedSeconds: Math.round(seeded) / 1000,
    databaseBytes,
    cases: timed,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  console.log(JSON.stringify(await run({ quick: values.quick ?? false }), null, 2));
}
