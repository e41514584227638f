// The plan.* routes through the whole core: projection, plans kept across a restart, and the
// report exported where the save port says (Markdown, CSV and the chart's PNG beside it).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanExportResult, PlanReport } from '../../../src-shared/plan.ts';
import { APP_SENDER, createTempCore, createTestCore } from '../core-test-support.ts';
import { createAesGcmCipher } from '../keys/aes-gcm-cipher.ts';
import { JsonFileStore } from '../store/json-file-store.ts';

const issueWorkload = { requestsPerDay: 1000, inputTokens: 2000, outputTokens: 500, cacheHitShare: 0.3 };
const m27 = [{ provider: 'minimax', model: 'MiniMax-M2.7' }];
// The 8-byte PNG signature and one byte: enough to be told apart from text.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
const PNG_URL = `data:image/png;base64,${PNG_BYTES.toString('base64')}`;

async function ok<T>(
  reply: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) {
  const result = await reply;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('plan routes', () => {
  it("plan.project gives the issue's $31.68 and Starter's verdict, filling the workload's defaults", async () => {
    const temp = createTempCore();
    const report = await ok<PlanReport>(
      temp.call('plan.project', { workload: issueWorkload, models: m27, planIds: ['minimax-tp1-starter'] }),
    );
    expect(report.workload).toMatchObject({
      turns: 1,
      activeDaysPerMonth: 30,
      hoursPerDay: 8,
      offPeakShare: 0,
    });
    expect(report.projections[0]?.monthlyUsd).toBeCloseTo(31.68, 10);
    expect(report.verdicts[0]).toMatchObject({ planId: 'minimax-tp1-starter', fits: true });
  });

  it('refuses a cache-hit share above 1 with the field named', async () => {
    const temp = createTempCore();
    const reply = await temp.call('plan.project', {
      workload: { ...issueWorkload, cacheHitShare: 30 },
      models: m27,
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });

  it('keeps a saved plan across a restart of the core, and deletes it', async () => {
    const first = createTempCore();
    const saved = await ok<Plan[]>(
      first.call('plan.savePlan', {
        name: 'Team plan',
        provider: 'minimax',
        monthlyPrice: 30,
        currency: 'USD',
        models: ['MiniMax-M2.7'],
        quota: { unit: 'requests', fiveHour: 3000, weekly: 20_000, hasWeekly: true },
      }),
    );
    const mine = saved.find((plan) => plan.name === 'Team plan');
    expect(mine?.origin).toBe('user');
    first.core.close();
    const reopened = createTestCore({
      dataDir: first.dataDir,
      vault: {
        cipher: createAesGcmCipher(Buffer.alloc(32, 1), 'os', 'test'),
        store: new JsonFileStore(first.keysFile),
      },
    });
    const plans = await ok<Plan[]>(reopened.router.dispatch('plan.plans', undefined, APP_SENDER));
    expect(plans.find((plan) => plan.id === mine?.id)).toEqual(mine);
    const after = await ok<Plan[]>(reopened.router.dispatch('plan.deletePlan', { id: mine?.id }, APP_SENDER));
    expect(after.some((plan) => plan.id === mine?.id)).toBe(false);
  });

  it("never writes a key of the user's into plans.json, even pasted into a plan's note", async () => {
    const key = 'sk-proj-plan-canary-0123456789abcdef';
    const temp = createTempCore();
    await ok(temp.call('keys.add', { provider: 'openai', key }));
    await ok(
      temp.call('plan.savePlan', {
        name: 'Pasted',
        provider: 'openai',
        monthlyPrice: 20,
        currency: 'USD',
        models: ['gpt-4o'],
        quota: { unit: 'usd', fiveHour: 5, weekly: null, hasWeekly: false },
        note: `my key is ${key}`,
      }),
    );
    const stored = readFileSync(join(temp.dataDir, 'plans.json'), 'utf8');
    expect(stored).toContain('my key is');
    expect(stored).not.toContain(key);
  });

  it('exports the Markdown where the save port says, with the CSV and the chart PNG beside it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arena-plan-export-'));
    const asked: string[] = [];
    const temp = createTempCore({
      chooseSavePath: async (name, format) => {
        asked.push(`${name} ${format}`);
        return join(folder, 'my-plan.md');
      },
    });
    const result = await ok<PlanExportResult>(
      temp.call('plan.exportReport', {
        workload: issueWorkload,
        models: m27,
        planIds: [],
        chartPng: PNG_URL,
      }),
    );
    expect(asked).toEqual([expect.stringMatching(/^byok-arena-plan-\d{4}-\d{2}-\d{2}\.md markdown$/)]);
    expect(result).toMatchObject({ saved: true, path: join(folder, 'my-plan.md') });
    expect(result.companions).toEqual([join(folder, 'my-plan.csv'), join(folder, 'my-plan.png')]);
    const markdown = readFileSync(join(folder, 'my-plan.md'), 'utf8');
    expect(markdown).toContain('$31.68');
    expect(markdown).toContain('](my-plan.png)');
    expect(readFileSync(join(folder, 'my-plan.csv'), 'utf8')).toMatch(/^kind,provider,model/);
    expect(readFileSync(join(folder, 'my-plan.png'))).toEqual(PNG_BYTES);
  });

  it('writes nothing when the dialog is cancelled, and refuses a chart that is not a PNG', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'arena-plan-export-'));
    const cancelled = createTempCore({ chooseSavePath: async () => null });
    expect(await ok(cancelled.call('plan.exportReport', { workload: issueWorkload, models: m27 }))).toEqual({
      saved: false,
      path: null,
      companions: [],
      bytes: 0,
    });
    const temp = createTempCore({ chooseSavePath: async () => join(folder, 'r.md') });
    const notPng = `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`;
    const reply = await temp.call('plan.exportReport', {
      workload: issueWorkload,
      models: m27,
      chartPng: notPng,
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(existsSync(join(folder, 'r.md'))).toBe(false);
  });
});
