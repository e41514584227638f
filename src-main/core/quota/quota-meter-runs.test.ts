// The meter around runs, without the rest of the core: a stalled before read does not hold the run
// past its cap, runs sharing a key at once are marked, and the log keeps the newest measurements.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMAINS_PATH, remainsBody } from '../../../e2e/fake-providers/token-plan-remains.ts';
import type { ColumnResult, CompareRequest } from '../../../src-shared/compare.ts';
import type { UsableKeySummary } from '../../../src-shared/keys.ts';
import type { QuotaMeasurement, QuotaWindowDelta } from '../../../src-shared/plan-quota.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { MAX_MEASUREMENTS, QuotaMeasurementLog } from './quota-measurement-log.ts';
import { QuotaMeter } from './quota-meter.ts';

const KEY = 'sk-cp-runs-0123456789abcdefghij';
const fake = await fakeProviderForFile();

const summary: UsableKeySummary = {
  id: 'k1',
  provider: 'minimax',
  label: 'plan',
  masked: 'sk-cp-…ghij',
  keyKind: 'token_plan',
  isDefault: true,
  createdAt: '2026-11-27T00:00:00.000Z',
  lastCheck: null,
};

const request: CompareRequest = {
  prompt: 'hi',
  params: {},
  columns: [{ columnId: 'a', provider: 'minimax', model: 'MiniMax-M2.7' }],
};

const okResult = { error: null } as ColumnResult;

function meter(beforeTimeoutMs?: number) {
  const file = join(mkdtempSync(join(tmpdir(), 'arena-quota-')), 'quota-measurements.json');
  const log = new QuotaMeasurementLog(new JsonFileStore(file));
  const quota = new QuotaMeter({
    keys: () => [summary],
    reveal: async () => KEY,
    remainsUrlsFor: () => [`${fake.url}${REMAINS_PATH}`],
    log,
    ...(beforeTimeoutMs === undefined ? {} : { beforeTimeoutMs }),
  });
  return { quota, log, file };
}

const remains = (remaining: number) => ({
  method: 'GET',
  path: REMAINS_PATH,
  json: remainsBody('Starter', [{ model: 'MiniMax-M2.7', fiveHour: { total: 1500, remaining } }]),
});

describe('QuotaMeter around runs', () => {
  it('lets the run start once the before read passes its cap, and says the window was unknown', async () => {
    fake.enqueue({ method: 'GET', path: REMAINS_PATH, stallBeforeHeaders: true }, remains(1499));
    const { quota, log } = meter(150);
    const pending = await quota.before(request);
    expect(pending).not.toBeNull();
    if (!pending) return;
    await quota.after('run-1', pending, Promise.resolve(new Map([['a', okResult]])));
    expect(log.list()[0]).toMatchObject({
      runId: 'run-1',
      fiveHour: { consumed: null, unit: null },
      note: expect.stringMatching(/^Before the run: .*did not answer within 0\.15 s/),
    });
  });

  it('marks runs that used the key at the same time, and leaves them out of the medians', async () => {
    fake.enqueue(remains(1500), remains(1500), remains(1498), remains(1498));
    const { quota } = meter();
    const first = await quota.before(request);
    const second = await quota.before(request);
    if (!first || !second) throw new Error('no before read');
    let endFirst: (results: Map<string, ColumnResult>) => void = () => {};
    const firstDone = new Promise<Map<string, ColumnResult>>((resolve) => {
      endFirst = resolve;
    });
    const secondMeasured = quota.after(
      'run-2',
      second,
      firstDone.then(() => new Map([['a', okResult]])),
    );
    const firstMeasured = quota.after('run-1', first, firstDone);
    endFirst(new Map([['a', okResult]]));
    await Promise.all([firstMeasured, secondMeasured]);
    const report = await quota.report();
    expect(report.measurements.map((entry) => entry.overlapped)).toEqual([true, true]);
    expect(report.perRunEstimate).toEqual([]);
    // A run alone on the key afterwards is not marked.
    fake.enqueue(remains(1498), remains(1497));
    const third = await quota.before(request);
    if (!third) throw new Error('no before read');
    await quota.after('run-3', third, Promise.resolve(new Map([['a', okResult]])));
    expect((await quota.report()).measurements[0]).toMatchObject({ runId: 'run-3', overlapped: false });
  });

  it('reads nothing for a run with no Token Plan column', async () => {
    const { quota } = meter();
    expect(
      await quota.before({ ...request, columns: [{ columnId: 'b', provider: 'openai', model: 'gpt-4o' }] }),
    ).toBeNull();
    expect(fake.requests).toEqual([]);
  });
});

describe('QuotaMeasurementLog', () => {
  it('keeps the newest measurements, newest first, up to its bound', () => {
    const { log, file } = meter();
    const unknown: QuotaWindowDelta = {
      before: null,
      after: null,
      consumed: null,
      unit: null,
      total: null,
      status: 'unknown',
      resetsAt: null,
    };
    const base: Omit<QuotaMeasurement, 'runId'> = {
      at: '2026-11-27T18:00:00.000Z',
      keyId: 'k1',
      plan: null,
      model: 'MiniMax-M2.7',
      models: ['MiniMax-M2.7'],
      calls: 1,
      family: null,
      fiveHour: unknown,
      weekly: unknown,
      overlapped: false,
      note: null,
    };
    for (let index = 0; index <= MAX_MEASUREMENTS; index++) log.add({ ...base, runId: `run-${index}` });
    const kept = log.list();
    expect(kept).toHaveLength(MAX_MEASUREMENTS);
    expect(kept[0]?.runId).toBe(`run-${MAX_MEASUREMENTS}`);
    expect(kept.at(-1)?.runId).toBe('run-1');
    // The file holds no more than that either.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { measurements: unknown[] };
    expect(stored.measurements).toHaveLength(MAX_MEASUREMENTS);
  });
});

describe('a key of the other region', () => {
  it('is read on the other host when the first refuses it, and there first from then on', async () => {
    const global = `${fake.url}/global${REMAINS_PATH}`;
    const china = `${fake.url}/china${REMAINS_PATH}`;
    fake.setHandler({
      method: 'GET',
      path: `/global${REMAINS_PATH}`,
      status: 401,
      json: { error: { message: 'invalid api key' } },
    });
    fake.setHandler({
      method: 'GET',
      path: `/china${REMAINS_PATH}`,
      json: remainsBody('Starter', [{ model: 'MiniMax-M2.7', fiveHour: { total: 600, remaining: 600 } }]),
    });
    const log = new QuotaMeasurementLog(
      new JsonFileStore(join(mkdtempSync(join(tmpdir(), 'arena-quota-')), 'quota-measurements.json')),
    );
    const quota = new QuotaMeter({
      keys: () => [summary],
      reveal: async () => KEY,
      remainsUrlsFor: () => [global, china],
      log,
    });
    const first = await quota.report();
    expect(first.windows[0]).toMatchObject({ problem: null, families: [{ fiveHour: { total: 600 } }] });
    expect(fake.requests.map((request) => request.path)).toEqual([
      `/global${REMAINS_PATH}`,
      `/china${REMAINS_PATH}`,
    ]);
    await quota.report();
    expect(fake.requests.map((request) => request.path).slice(2)).toEqual([`/china${REMAINS_PATH}`]);
  });
});
