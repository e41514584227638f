// Search and filters: a word of an answer (or of a prompt) finds its conversation with the match
// highlighted; what the user types is only ever words, so FTS5 syntax in it never throws; provider,
// model and day filters narrow the list.
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../src-shared/history.ts';
import { toFtsQuery } from './fts-query.ts';
import { doneColumn, openTestStore, seedRun } from './history-test-support.ts';

function seeded() {
  const store = openTestStore();
  seedRun(store, {
    runId: 'r1',
    conversationId: 'walrus',
    startedAt: new Date(2026, 10, 20, 9, 0),
    prompt: 'Tell me about pinnipeds',
    columns: [
      { provider: 'openai', model: 'gpt-4o', outcome: doneColumn('The walrus has long tusks and whiskers.') },
      { provider: 'anthropic', model: 'claude-sonnet-4-5', outcome: doneColumn('Seals and sea lions.') },
    ],
  });
  seedRun(store, {
    runId: 'r2',
    conversationId: 'poem',
    startedAt: new Date(2026, 10, 22, 9, 0),
    prompt: 'Write a poem about the "sea" (near the shore) OR a lake',
    columns: [
      { provider: 'deepseek', model: 'deepseek-v4-flash', outcome: doneColumn('Waves, waves, waves.') },
    ],
  });
  seedRun(store, {
    runId: 'r3',
    conversationId: 'walrus',
    startedAt: new Date(2026, 10, 25, 9, 0),
    prompt: 'And elephant seals?',
    columns: [{ provider: 'openai', model: 'gpt-5-mini', outcome: doneColumn('Elephant seals dive deep.') }],
  });
  return store;
}

const ids = (store: ReturnType<typeof seeded>, query: Parameters<ReturnType<typeof seeded>['list']>[0]) =>
  store.list(query).items.map((item) => item.conversationId);

describe('search', () => {
  it("finds a conversation by a word of one column's answer, with the match highlighted", () => {
    const store = seeded();
    const page = store.list({ search: 'tusks' });
    expect(page.total).toBe(1);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ conversationId: 'walrus', turns: 2 });
    expect(page.items[0]!.snippet).toContain(`${HIGHLIGHT_START}tusks${HIGHLIGHT_END}`);
  });

  it('finds by a prompt, needs every word, takes "phrases" and word* prefixes, ignores case and accents', () => {
    const store = seeded();
    expect(ids(store, { search: 'PINNIPEDS' })).toEqual(['walrus']);
    expect(ids(store, { search: 'walrus poem' })).toEqual([]);
    expect(ids(store, { search: '"long tusks"' })).toEqual(['walrus']);
    expect(ids(store, { search: '"tusks long"' })).toEqual([]);
    expect(ids(store, { search: 'eleph*' })).toEqual(['walrus']);
    expect(ids(store, { search: 'wávés' })).toEqual(['poem']);
  });

  it.each([
    '"',
    'NEAR(',
    'NEAR(sea shore, 2)',
    '*',
    '-',
    '- sea',
    'OR',
    'sea OR lake',
    'AND NOT',
    'body:sea',
    '(sea',
    '^sea',
    '""""',
    'sea"',
    '{body}: sea',
    '\u0000',
    'x'.repeat(500),
  ])('takes %j as words and never throws', (search) => {
    const store = seeded();
    expect(() => store.list({ search })).not.toThrow();
  });

  it('matches operators typed as words only as words', () => {
    const store = seeded();
    // "OR" is a word of the poem's prompt; as an operator it would also match the walrus.
    expect(ids(store, { search: 'sea OR lake' })).toEqual(['poem']);
    expect(ids(store, { search: 'NEAR(the shore' })).toEqual(['poem']);
  });

  it('a search with nothing searchable in it lists everything', () => {
    expect(ids(seeded(), { search: '" - * ^' })).toEqual(['walrus', 'poem']);
  });
});

describe('the FTS query made from what the user typed', () => {
  it.each([
    ['sea lake', '"sea" "lake"'],
    ['"long tusks" walrus', '"long tusks" "walrus"'],
    ['wal*', '"wal"*'],
    ['say"hi"', '"say" "hi"'],
    ['NEAR(a', '"NEAR(a"'],
    ['  ', null],
    ['"unclosed phrase', '"unclosed phrase"'],
  ])('%j → %j', (typed, expected) => {
    expect(toFtsQuery(typed)).toBe(expected);
  });

  it('doubles a quote inside a term so it stays a string', () => {
    expect(toFtsQuery(`it's"`)).toBe(`"it's"`);
    expect(toFtsQuery('a""b')).toBe('"a" "b"');
  });

  it('uses at most 32 terms', () => {
    expect(
      toFtsQuery(Array.from({ length: 40 }, (_, index) => `w${index}`).join(' '))?.split(' '),
    ).toHaveLength(32);
  });
});

describe('filters', () => {
  it('by provider, by model, by the local day of any of its runs', () => {
    const store = seeded();
    expect(ids(store, {})).toEqual(['walrus', 'poem']);
    expect(ids(store, { provider: 'deepseek' })).toEqual(['poem']);
    expect(ids(store, { provider: 'openai' })).toEqual(['walrus']);
    expect(ids(store, { model: 'gpt-5-mini' })).toEqual(['walrus']);
    expect(ids(store, { provider: 'anthropic', model: 'gpt-4o' })).toEqual([]);
    expect(ids(store, { from: '2026-11-21', to: '2026-11-23' })).toEqual(['poem']);
    expect(ids(store, { from: '2026-11-25' })).toEqual(['walrus']);
    expect(ids(store, { to: '2026-11-19' })).toEqual([]);
    expect(store.list({ provider: 'openai', search: 'waves' }).total).toBe(0);
  });

  it('a list line says what the conversation is: first prompt, models, cost', () => {
    const [walrus] = seeded().list({ provider: 'openai' }).items;
    expect(walrus).toMatchObject({
      promptStart: 'Tell me about pinnipeds',
      turns: 2,
      models: [
        { provider: 'openai', model: 'gpt-4o' },
        { provider: 'anthropic', model: 'claude-sonnet-4-5' },
        { provider: 'openai', model: 'gpt-5-mini' },
      ],
      winner: null,
      snippet: null,
    });
    expect(walrus!.total.usd).toBeCloseTo(0.003, 12);
  });
});
