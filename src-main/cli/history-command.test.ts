// `arena history` reads the app's history.sqlite (read-only) in the data folder ARENA_DATA_DIR names:
// newest first, filtered and searched as the History page is, --json for scripts; a folder without
// history says so, and bad options say what is accepted.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryItem } from '../../src-shared/history.ts';
import { appDataFolder } from '../core/history/app-data-folder.ts';
import {
  cnyCost,
  doneColumn,
  openTestStore,
  seedRun,
  usdCost,
} from '../core/history/history-test-support.ts';
import { runCliCaptured } from './cli-test-support.ts';

function dataFolderWithHistory(): string {
  const folder = mkdtempSync(join(tmpdir(), 'arena-cli-history-'));
  const store = openTestStore(join(folder, 'history.sqlite'));
  seedRun(store, {
    runId: 'r1',
    conversationId: 'older',
    startedAt: new Date(2026, 10, 20, 9, 30),
    prompt: 'Explain\nwalrus tusks \u001b[31mred',
    columns: [
      {
        provider: 'openai',
        model: 'gpt-4o',
        outcome: doneColumn('Walrus tusks are long teeth.', usdCost(0.0042)),
      },
      {
        provider: 'minimax',
        model: 'MiniMax-M2.7',
        outcome: doneColumn('Teeth, grown long.', cnyCost(0.71, 0.1)),
      },
    ],
  });
  store.vote({
    runId: 'r1',
    outcome: { kind: 'pair', a: 'c0', b: 'c1', result: 'b' },
    shownOrder: ['c1', 'c0'],
  });
  seedRun(store, {
    runId: 'r2',
    conversationId: 'newer',
    startedAt: new Date(2026, 10, 22, 18, 5),
    prompt: 'Write a haiku',
    columns: [
      { provider: 'deepseek', model: 'deepseek-v4-flash', outcome: doneColumn('Autumn moon rises', null) },
    ],
  });
  store.close();
  return folder;
}

const history = (folder: string, ...args: string[]) =>
  runCliCaptured(['history', ...args], { ARENA_DATA_DIR: folder });

describe('arena history', () => {
  it('lists conversations newest first with when, turns, cost, models, winner and the first prompt', async () => {
    const { code, out } = await history(dataFolderWithHistory());
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^when\s+turns\s+cost\s+models\s+winner\s+prompt$/);
    // Within 100 characters: when, cost, models and winner take their shorter forms before the prompt is
    // cut; the cost keeps what was billed (¥ too) and the day loses its time first.
    expect(lines[1]).toMatch(/^2026-11-22\s+1\s+\$0\.00\+\?\s+deepseek-v4-flash\s+—\s+Write a haiku$/);
    // Billed partly in CNY: the yuan amount is shown, not only its estimate in USD.
    expect(lines[2]).toMatch(
      /^2026-11-20\s+1\s+\$0\.0042\+¥0\.71\s+openai\/gpt-4o \+1\s+MiniMax-M2\.7\s+Explain walrus/,
    );
    expect(Math.max(...lines.map((line) => Array.from(line).length))).toBeLessThanOrEqual(100);
    expect(out).toContain('Showing 2 of 2 conversation(s)');
  });

  it('--search finds a word of an answer and shows where; --provider, --from and --limit narrow it', async () => {
    const folder = dataFolderWithHistory();
    const found = await history(folder, '--search', 'teeth');
    expect(found.out.split('\n').filter((line) => line.startsWith('2026-'))).toEqual([
      expect.stringMatching(/^2026-11-20 09:30 .*Explain walrus/),
      expect.stringMatching(/^2026-11-20 09:30\s+.*«[Tt]eeth»/),
    ]);
    const json = async (...args: string[]) =>
      (JSON.parse((await history(folder, ...args, '--json')).out) as HistoryItem[]).map(
        (item) => item.conversationId,
      );
    expect(await json()).toEqual(['newer', 'older']);
    expect(await json('--provider', 'minimax')).toEqual(['older']);
    expect(await json('--model', 'deepseek-v4-flash')).toEqual(['newer']);
    expect(await json('--from', '2026-11-21')).toEqual(['newer']);
    expect(await json('--limit', '1')).toEqual(['newer']);
    expect(await json('--search', '"long teeth"')).toEqual(['older']);
    expect(await json('--search', 'NEAR(')).toEqual([]);
  });

  it('a search with nothing searchable says so, on one line', async () => {
    const { code, out } = await history(dataFolderWithHistory(), '--search', '🦭');
    expect(code).toBe(0);
    expect(out).toMatch(/^Nothing to search for in “🦭”: a search needs letters or digits[^\n]*\n$/);
  });

  it('says in its help that --json snippets mark matches with U+0002 and U+0003', async () => {
    const { out } = await runCliCaptured(['history', '--help'], {});
    expect(out).toMatch(/U\+0002.*U\+0003/s);
  });

  it('--json prints the list items whole', async () => {
    const { out } = await history(dataFolderWithHistory(), '--json', '--provider', 'openai');
    const [item] = JSON.parse(out) as HistoryItem[];
    expect(item).toMatchObject({
      conversationId: 'older',
      turns: 1,
      models: [
        { provider: 'openai', model: 'gpt-4o' },
        { provider: 'minimax', model: 'MiniMax-M2.7' },
      ],
      total: { usd: 0.0042, cny: 0.71, unknownColumns: 0 },
      winner: { provider: 'minimax', model: 'MiniMax-M2.7' },
      snippet: null,
    });
  });

  it('only reads: the folder holds the same files before and after, no column marked, nothing moved', async () => {
    const folder = dataFolderWithHistory();
    await history(folder);
    expect(readdirSync(folder).filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal'))).toEqual([
      'history.sqlite',
    ]);
  });

  it('says there is no history yet in a folder without one, and --json prints an empty list', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'arena-cli-empty-'));
    const plain = await history(empty);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain(`No history yet: ${join(empty, 'history.sqlite')} does not exist`);
    expect((await history(empty, '--json')).out).toBe('[]\n');
    expect(readdirSync(empty)).toEqual([]);
  });

  it.each([
    [['--provider', 'acme'], /--provider acme is not accepted: known: .*openai/],
    [['--limit', '0'], /--limit 0 is not accepted: give a whole number from 1 to 200/],
    [['--limit', 'many'], /--limit many is not accepted/],
    [['--from', '20/11/2026'], /--from 20\/11\/2026 is not accepted: write a day as YYYY-MM-DD/],
    [['--colour'], /unknown option --colour/],
  ])('refuses %j with exit 2 and what is accepted', async (args, message) => {
    const { code, err } = await history(mkdtempSync(join(tmpdir(), 'arena-cli-bad-')), ...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe("the app's data folder", () => {
  it('is where Electron keeps userData for "BYOK Arena" on each platform, unless ARENA_DATA_DIR says', () => {
    expect(appDataFolder({}, 'linux', '/home/ana')).toBe('/home/ana/.config/BYOK Arena');
    expect(appDataFolder({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/BYOK Arena');
    expect(appDataFolder({}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/BYOK Arena',
    );
    expect(appDataFolder({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toMatch(
      /^C:\\Users\\ana\\AppData\\Roaming[\\/]BYOK Arena$/,
    );
    expect(appDataFolder({ ARENA_DATA_DIR: '/data/arena' }, 'linux', '/home/ana')).toBe('/data/arena');
  });
});
