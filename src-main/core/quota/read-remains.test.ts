// One read of the remains endpoint: parsed windows, or a problem (never the key) on failure or
// when the endpoint does not answer within the cap.
import { describe, expect, it } from 'vitest';
import { REMAINS_PATH, remainsBody } from '../../../e2e/fake-providers/token-plan-remains.ts';
import { fakeProviderForFile } from '../http/http-test-support.ts';
import { readRemains } from './read-remains.ts';

const KEY = 'sk-cp-read-0123456789abcdefghij';
const fake = await fakeProviderForFile();
const url = () => `${fake.url}${REMAINS_PATH}`;

describe('readRemains', () => {
  it('reads both windows: counts, percent, statuses, and a reset from the time left', async () => {
    fake.enqueue({
      json: {
        base_resp: { status_code: 0 },
        current_subscribe_title: 'Plus',
        model_remains: [
          {
            model_name: 'general',
            current_interval_remaining_percent: 42.5,
            current_interval_status: 1,
            remains_time: 3_600_000,
            current_weekly_total_count: 9000,
            current_weekly_usage_count: 0,
            current_weekly_status: 2,
            current_weekly_remaining_percent: 250,
          },
        ],
      },
    });
    const readAt = Date.UTC(2026, 10, 27, 18, 0, 0);
    const result = await readRemains(url(), KEY, { now: () => readAt });
    expect(result).toEqual({
      ok: true,
      readAtMs: readAt,
      plan: 'Plus',
      families: [
        {
          model: 'general',
          fiveHour: {
            total: null,
            remaining: null,
            remainingPercent: 42.5,
            status: 'normal',
            startsAt: null,
            resetsAt: '2026-11-27T19:00:00.000Z',
          },
          // 250 % is not a share of a window: unknown.
          weekly: {
            total: 9000,
            remaining: 0,
            remainingPercent: null,
            status: 'exhausted',
            startsAt: null,
            resetsAt: null,
          },
        },
      ],
    });
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('reads an unknown status code as unknown, not unlimited', async () => {
    fake.enqueue({
      json: {
        model_remains: [{ model_name: 'general', current_interval_status: 9, current_weekly_status: '3' }],
      },
    });
    const result = await readRemains(url(), KEY);
    expect(result.ok && result.families[0]?.fiveHour.status).toBe('unknown');
    expect(result.ok && result.families[0]?.weekly.status).toBe('unknown');
  });

  it('tries the earlier Coding Plan path when the endpoint is not there', async () => {
    fake.enqueue(
      { method: 'GET', path: REMAINS_PATH, status: 404, json: { error: { message: 'not found' } } },
      {
        method: 'GET',
        path: '/v1/api/openplatform/coding_plan/remains',
        json: remainsBody('Starter', [{ model: 'MiniMax-M2.7', fiveHour: { total: 1500, remaining: 1200 } }]),
      },
    );
    const result = await readRemains(url(), KEY);
    expect(result.ok && result.families[0]?.fiveHour).toMatchObject({ total: 1500, remaining: 1200 });
  });

  it('gives up at the cap and says the quota is unknown', async () => {
    fake.enqueue({ stallBeforeHeaders: true });
    const result = await readRemains(url(), KEY, { timeoutMs: 150 });
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/did not answer within 0\.15 s.*unknown/),
    });
  });

  it('says what went wrong on an error in the body, without the key', async () => {
    fake.enqueue({ json: { base_resp: { status_code: 1004, status_msg: `login fail: ${KEY}` } } });
    const result = await readRemains(url(), KEY);
    expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/could not be read/) });
    expect(JSON.stringify(result)).not.toContain(KEY);
  });
});
