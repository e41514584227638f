// The measured quota flow through the whole core: a MiniMax Token Plan key's remains are read before
// and after a compare run (against a loopback fake whose answer changes between the two reads), and
// plan.quota reports what the run consumed, the live windows and the per-model medians.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REMAINS_PATH,
  type RemainsEntryFixture,
  remainsBody,
  serveRemains,
} from '../../../e2e/fake-providers/token-plan-remains.ts';
import type { PlanQuotaReport } from '../../../src-shared/plan-quota.ts';
import { OK_STREAM } from '../client/client-test-support.ts';
import { createTempCore, loopbackHosts } from '../core-test-support.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';

const TOKEN_PLAN_KEY = 'sk-cp-measured-0123456789abcdefghij';
const PAYG_KEY = 'sk-api-payg-0123456789abcdefghij';
const FIVE_HOUR_END = Date.UTC(2026, 10, 27, 20, 0, 0);
const WEEK_END = Date.UTC(2026, 10, 30, 0, 0, 0);

const fake = await fakeProviderForFile({ method: 'POST', path: '/v1/chat/completions', body: OK_STREAM });

async function arena(key = TOKEN_PLAN_KEY) {
  const temp = createTempCore({ client: { hosts: loopbackHosts(fake.url) } });
  const added = await temp.call('keys.add', { provider: 'minimax', key, label: 'plan' });
  if (!added.ok) throw new Error(added.error.message);
  return temp;
}

/** Queues the before and after answers of the remains endpoint, in that order. */
function remainsBeforeAndAfter(
  before: RemainsEntryFixture[],
  after: RemainsEntryFixture[],
  plan = 'Starter',
) {
  fake.enqueue(
    { method: 'GET', path: REMAINS_PATH, json: remainsBody(plan, before) },
    { method: 'GET', path: REMAINS_PATH, json: remainsBody(plan, after) },
  );
}

/** Runs one MiniMax column and resolves once its after read has come back. */
async function runOnce(temp: Awaited<ReturnType<typeof arena>>, model = 'MiniMax-M2.7') {
  const started = await temp.call('compare.start', {
    prompt: 'hi',
    params: {},
    columns: [{ columnId: 'a', provider: 'minimax', model }],
  });
  if (!started.ok) throw new Error(started.error.message);
  await temp.columnsDone(1);
  await temp.core.quota.settled();
  return quotaOf(temp, false);
}

async function quotaOf(temp: Awaited<ReturnType<typeof arena>>, live = true): Promise<PlanQuotaReport> {
  if (live) fake.enqueue({ method: 'GET', path: REMAINS_PATH, json: remainsBody('Starter', []) });
  const answer = await temp.call('plan.quota');
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as PlanQuotaReport;
}

describe('measured quota of a Token Plan run', () => {
  it('counts the requests a run consumed, read before and after it', async () => {
    const temp = await arena();
    remainsBeforeAndAfter(
      [{ model: 'MiniMax-M2.7', fiveHour: { total: 1500, remaining: 1500, status: 1, end: FIVE_HOUR_END } }],
      [{ model: 'MiniMax-M2.7', fiveHour: { total: 1500, remaining: 1499, status: 1, end: FIVE_HOUR_END } }],
    );
    await runOnce(temp);
    const [before, chat, after] = fake.requests;
    expect([before?.method, before?.path, chat?.method, chat?.path, after?.path]).toEqual([
      'GET',
      REMAINS_PATH,
      'POST',
      '/v1/chat/completions',
      REMAINS_PATH,
    ]);
    expect(before?.headers.authorization).toBe(`Bearer ${TOKEN_PLAN_KEY}`);
    // The before read had its answer before the chat request went out.
    expect(chat?.receivedAt).toBeGreaterThan(before?.receivedAt ?? Infinity);

    const report = await quotaOf(temp, false);
    expect(report.measurements).toHaveLength(1);
    expect(report.measurements[0]).toMatchObject({
      model: 'MiniMax-M2.7',
      calls: 1,
      plan: 'Starter',
      family: 'MiniMax-M2.7',
      fiveHour: {
        before: 1500,
        after: 1499,
        consumed: 1,
        unit: 'requests',
        total: 1500,
        status: 'normal',
        resetsAt: '2026-11-27T20:00:00.000Z',
      },
      weekly: { consumed: null, unit: null, status: 'unknown' },
      note: null,
    });
    expect(report.perRunEstimate).toEqual([
      expect.objectContaining({ provider: 'minimax', model: 'MiniMax-M2.7', requestsPerCall: 1, runs: 1 }),
    ]);
  });

  it('measures a usage-bar plan in percent of its 5-hour and weekly windows', async () => {
    const temp = await arena();
    remainsBeforeAndAfter(
      [
        {
          model: 'general',
          fiveHour: { remainingPercent: 80, status: 1, end: FIVE_HOUR_END },
          weekly: { remainingPercent: 95.5, status: 1, end: WEEK_END },
        },
      ],
      [
        {
          model: 'general',
          fiveHour: { remainingPercent: 79.7, status: 1, end: FIVE_HOUR_END },
          weekly: { remainingPercent: 95.4, status: 1, end: WEEK_END },
        },
      ],
      'Plus',
    );
    const report = await runOnce(temp, 'MiniMax-M3');
    expect(report.measurements[0]).toMatchObject({
      plan: 'Plus',
      family: 'general',
      fiveHour: { before: 80, after: 79.7, consumed: 0.3, unit: 'percent' },
      weekly: {
        before: 95.5,
        after: 95.4,
        consumed: 0.1,
        unit: 'percent',
        resetsAt: '2026-11-30T00:00:00.000Z',
      },
    });
    expect(report.perRunEstimate[0]).toMatchObject({
      model: 'MiniMax-M3',
      requestsPerCall: null,
      fiveHourPercentPerCall: 0.3,
      weeklyPercentPerCall: 0.1,
    });
  });

  it('says unknown, never zero, when the read before the run fails', async () => {
    const temp = await arena();
    fake.enqueue(
      { method: 'GET', path: REMAINS_PATH, status: 500, json: { error: { message: 'down' } } },
      {
        method: 'GET',
        path: REMAINS_PATH,
        json: remainsBody('Starter', [{ model: 'MiniMax-M2.7', fiveHour: { total: 1500, remaining: 1499 } }]),
      },
    );
    const report = await runOnce(temp);
    expect(report.measurements[0]).toMatchObject({
      fiveHour: { before: null, after: null, consumed: null, unit: null },
      note: expect.stringMatching(/^Before the run: The Token Plan quota could not be read .* unknown/),
    });
    expect(report.measurements[0]?.note).not.toContain(TOKEN_PLAN_KEY);
    expect(report.perRunEstimate).toEqual([]);
  });

  it('writes no stored key to disk, even one a provider echoes in its error', async () => {
    const temp = await arena();
    const other = 'zz-other-provider-secret-0123456789';
    const added = await temp.call('keys.add', { provider: 'deepseek', key: other, label: 'other' });
    if (!added.ok) throw new Error(added.error.message);
    fake.enqueue(
      {
        method: 'GET',
        path: REMAINS_PATH,
        json: { base_resp: { status_code: 1004, status_msg: `bad key ${other}` } },
      },
      {
        method: 'GET',
        path: REMAINS_PATH,
        json: { base_resp: { status_code: 1004, status_msg: `bad key ${other}` } },
      },
    );
    const report = await runOnce(temp);
    expect(report.measurements[0]?.note).toMatch(/could not be read/);
    const written = readFileSync(join(temp.dataDir, 'quota-measurements.json'), 'utf8');
    expect(written).toContain('could not be read');
    expect(written).not.toContain(other);
  });

  it('reports an exhausted weekly window and an unlimited one as the key says', async () => {
    const temp = await arena();
    const counts = { total: 1500, status: 1, end: FIVE_HOUR_END };
    remainsBeforeAndAfter(
      [
        {
          model: 'MiniMax-M2.7',
          fiveHour: { ...counts, remaining: 10 },
          weekly: { remaining: 1, status: 1 },
        },
        { model: 'video', fiveHour: { ...counts, remaining: 5 }, weekly: { status: 3 } },
      ],
      [
        { model: 'MiniMax-M2.7', fiveHour: { ...counts, remaining: 9 }, weekly: { remaining: 0, status: 2 } },
        { model: 'video', fiveHour: { ...counts, remaining: 5 }, weekly: { status: 3 } },
      ],
    );
    const report = await runOnce(temp);
    expect(report.measurements[0]?.weekly).toMatchObject({
      before: 1,
      after: 0,
      consumed: 1,
      status: 'exhausted',
    });

    remainsBeforeAndAfter(
      [{ model: 'MiniMax-M2.7', fiveHour: { ...counts, remaining: 9 }, weekly: { remaining: 7, status: 3 } }],
      [{ model: 'MiniMax-M2.7', fiveHour: { ...counts, remaining: 8 }, weekly: { remaining: 7, status: 3 } }],
    );
    const started = await temp.call('compare.start', {
      prompt: 'again',
      params: {},
      columns: [{ columnId: 'b', provider: 'minimax', model: 'MiniMax-M2.7' }],
    });
    expect(started.ok).toBe(true);
    await temp.columnsDone(2);
    await temp.core.quota.settled();
    const { measurements } = await quotaOf(temp, false);
    expect(measurements).toHaveLength(2);
    // Newest first: an unlimited window has nothing to consume, and says so rather than 0.
    expect(measurements[0]?.weekly).toMatchObject({ status: 'unlimited', consumed: null, unit: null });
    expect(measurements[0]?.fiveHour).toMatchObject({ consumed: 1, unit: 'requests' });
  });

  it('shows each Token Plan key’s live windows with their reset times', async () => {
    const temp = await arena();
    serveRemains(fake, [
      remainsBody('Max', [
        {
          model: 'MiniMax-M2.7',
          fiveHour: { total: 15000, remaining: 14000, status: 1, end: FIVE_HOUR_END },
        },
      ]),
    ]);
    const answer = await temp.call('plan.quota');
    if (!answer.ok) throw new Error(answer.error.message);
    const report = answer.value as PlanQuotaReport;
    expect(report.windows).toEqual([
      expect.objectContaining({
        label: 'plan',
        plan: 'Max',
        problem: null,
        families: [
          expect.objectContaining({
            model: 'MiniMax-M2.7',
            fiveHour: expect.objectContaining({
              total: 15000,
              remaining: 14000,
              resetsAt: '2026-11-27T20:00:00.000Z',
            }),
            weekly: expect.objectContaining({ status: 'unknown', total: null }),
          }),
        ],
      }),
    ]);
    expect(JSON.stringify(report)).not.toContain(TOKEN_PLAN_KEY);
  });

  it('reads nothing for a pay-as-you-go key', async () => {
    const temp = await arena(PAYG_KEY);
    const started = await temp.call('compare.start', {
      prompt: 'hi',
      params: {},
      columns: [{ columnId: 'a', provider: 'minimax', model: 'MiniMax-M2.7' }],
    });
    expect(started.ok).toBe(true);
    await temp.columnsDone(1);
    expect(fake.requests.map((request) => request.path)).toEqual(['/v1/chat/completions']);
    expect((await quotaOf(temp, false)).measurements).toEqual([]);
  });
});
