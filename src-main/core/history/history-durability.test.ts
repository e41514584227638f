// A crash mid-write: a writer process saving runs as fast as it can (each run, then each column, one
// transaction each, as the app does) is killed with SIGKILL at a random point. On reopening, the file
// passes SQLite's integrity check and every run it had written is whole: only the run under way at
// the kill may have columns without their answer, and those read as interrupted.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { killWriterMidWrite } from '../store/store-test-support.ts';
import { openTestStore, tempHistoryFile } from './history-test-support.ts';

const ROUNDS = 6;

/** Column `name` of run `index`: 20–120 KB, ending with a marker of its own. */
const answerOf = (index: number, name: string) =>
  `${'x'.repeat(20_000 + ((index * 7919) % 100_000))} end ${name}${index}`;

function writerScript(file: string): string {
  const script = join(dirname(file), 'writer.ts');
  const store = pathToFileURL(join(import.meta.dirname, 'history-store.ts')).href;
  writeFileSync(
    script,
    `import { HistoryStore } from ${JSON.stringify(store)};
const round = process.argv[2];
const answerOf = ${answerOf.toString()};
const store = new HistoryStore(${JSON.stringify(file)}, { scrub: (value) => value, log: () => {} });
for (let index = 0; ; index++) {
  const runId = 'r' + round + '-' + index;
  store.recordRunStart({
    runId, conversationId: 'conv-' + (index % 5), startedAt: new Date(), prompt: 'prompt ' + index,
    system: null, params: {}, blind: false,
    columns: [{ columnId: 'a', provider: 'openai', model: 'gpt-4o' }, { columnId: 'b', provider: 'deepseek', model: 'deepseek-v4-flash' }],
  });
  for (const name of ['a', 'b']) {
    store.recordColumnEnd(runId, name, {
      text: answerOf(index, name), reasoning: '', toolCalls: [], usage: null, finishReason: 'stop', error: null,
      timing: { ttftMs: 1, totalMs: 2, tokensPerSecond: null, tokensEstimated: true }, cost: null, truncated: false,
    });
  }
  if (index === 0) process.stdout.write('ready\\n');
}
`,
  );
  return script;
}

describe('a writer killed mid-write', () => {
  it('leaves a sound file with every earlier run whole', { timeout: 60_000 }, async () => {
    const file = tempHistoryFile();
    const script = writerScript(file);
    let runsBefore = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await killWriterMidWrite(script, [String(round)]);
      const store = openTestStore(file);
      expect(store.status().state).toBe('ok');
      const db = store.databaseOrNull()!;
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      // FTS5's integrity-check command throws (SQLITE_CORRUPT_VTAB) when the index disagrees with its table.
      expect(() => db.prepare(`INSERT INTO search (search) VALUES ('integrity-check')`).run()).not.toThrow();

      const runs = db.prepare('SELECT id FROM runs WHERE id LIKE ? ORDER BY seq').all(`r${round}-%`) as {
        id: string;
      }[];
      // Written in order with none missing: r<round>-0, -1, … up to the one under way.
      expect(runs.map((run) => run.id)).toEqual(runs.map((_, index) => `r${round}-${index}`));
      expect(runs.length).toBeGreaterThan(0);
      const conversations = store.list({ limit: 200 }).items;
      const turns = conversations.flatMap((item) => store.get(item.conversationId).turns);
      const thisRound = turns.filter((turn) => turn.runId.startsWith(`r${round}-`));
      expect(thisRound).toHaveLength(runs.length);
      for (const turn of thisRound) {
        const index = Number(turn.runId.split('-')[1]);
        const last = index === runs.length - 1;
        for (const column of turn.columns) {
          if (column.state === 'done') expect(column.text).toBe(answerOf(index, column.columnId));
          else {
            // Only the run under way at the kill may have a column without its answer.
            expect(last).toBe(true);
            expect(column).toMatchObject({ state: 'interrupted', text: '' });
          }
        }
      }
      // Earlier rounds' runs are all still there.
      expect(turns.length).toBeGreaterThanOrEqual(runsBefore + runs.length);
      runsBefore = turns.length;
      store.close();
    }
  });
});
