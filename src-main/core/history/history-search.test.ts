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

  it.each(['"', '*', '-', '^', ':', '_', '🦭', '" - * ^'])(
    'a search of %j, with nothing searchable in it, finds nothing and says why',
    (search) => {
      const page = seeded().list({ search });
      expect(page).toMatchObject({ items: [], total: 0, nextCursor: null });
      expect(page.notice).toMatch(/nothing to search for.*letters or digits/i);
    },
  );

  it('a search that finds something carries no notice', () => {
    expect(seeded().list({ search: 'tusks' }).notice).toBeUndefined();
  });
});

describe('search in Chinese, Japanese and Korean text', () => {
  function cjkSeeded() {
    const store = seeded();
    seedRun(store, {
      runId: 'r4',
      conversationId: 'sorting',
      startedAt: new Date(2026, 10, 26, 9, 0),
      prompt: '解释一下快速排序',
      columns: [
        {
          provider: 'deepseek',
          model: 'deepseek-v4-flash',
          outcome: doneColumn('快速排序是一种高效的排序算法。'),
        },
        {
          provider: 'openai',
          model: 'gpt-4o',
          outcome: doneColumn('クイックソートは効率的なソートアルゴリズムです。'),
        },
      ],
    });
    seedRun(store, {
      runId: 'r5',
      conversationId: 'korean',
      startedAt: new Date(2026, 10, 27, 9, 0),
      prompt: 'Say hello',
      columns: [{ provider: 'openai', model: 'gpt-4o', outcome: doneColumn('안녕하세요 세계, walrus') }],
    });
    return store;
  }

  it.each([
    ['排序', ['sorting']],
    ['排序算法', ['sorting']],
    ['高效的', ['sorting']],
    ['排', ['sorting']],
    ['冒泡排序', []],
    ['ソート', ['sorting']],
    ['効率', ['sorting']],
    ['アルゴリズム', ['sorting']],
    ['バブル', []],
    ['하세요', ['korean']],
    ['세계 walrus', ['korean']],
    ['排序 walrus', []],
    // Every word in one prompt or answer, as for other text: these are in two different answers.
    ['快速 効率', []],
  ])('%j finds %j', (search, expected) => {
    expect(ids(cjkSeeded(), { search })).toEqual(expected);
  });

  it('highlights the CJK match in the snippet', () => {
    const store = cjkSeeded();
    const [short] = store.list({ search: '排序' }).items;
    expect(short!.snippet).toContain(`${HIGHLIGHT_START}排序${HIGHLIGHT_END}`);
    const [long] = store.list({ search: 'アルゴリズム' }).items;
    expect(long!.snippet).toContain(HIGHLIGHT_START);
    expect(long!.snippet?.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '')).toContain(
      'アルゴリズム',
    );
  });

  it('a deleted conversation is no longer found by its CJK text', () => {
    const store = cjkSeeded();
    store.delete(['sorting']);
    expect(ids(store, { search: '排序算法' })).toEqual([]);
    expect(ids(store, { search: '排序' })).toEqual([]);
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
