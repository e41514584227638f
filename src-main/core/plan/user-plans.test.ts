import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planInputSchema } from '../../../src-shared/plan-schemas.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { JsonFileStore } from '../store/json-file-store.ts';
import { SHIPPED_PLANS } from './shipped-plans.ts';
import { UserPlans } from './user-plans.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function openPlans() {
  const dir = mkdtempSync(join(tmpdir(), 'plans-'));
  dirs.push(dir);
  const file = join(dir, 'plans.json');
  return { file, plans: new UserPlans(new JsonFileStore(file), () => '2026-11-27') };
}
const glm = planInputSchema.parse({
  name: 'GLM Coding Lite',
  provider: 'custom',
  monthlyPrice: 49,
  currency: 'CNY',
  models: ['glm-4.6'],
  quota: { unit: 'requests', fiveHour: 120, weekly: null, hasWeekly: false },
});

describe('UserPlans', () => {
  it("keeps a saved plan across a restart, dated today and marked as the user's", () => {
    const { file, plans } = openPlans();
    const saved = plans.save(glm).at(-1);
    expect(saved).toMatchObject({
      name: 'GLM Coding Lite',
      origin: 'user',
      asOf: '2026-11-27',
      verified: false,
    });
    const reopened = new UserPlans(new JsonFileStore(file)).all();
    expect(reopened).toHaveLength(SHIPPED_PLANS.length + 1);
    expect(reopened.at(-1)).toEqual(saved);
  });

  it("shows the user's edit of a shipped plan in its place, and the shipped one again once the edit is deleted", () => {
    const { plans } = openPlans();
    const starter = SHIPPED_PLANS[0]!;
    const edited = plans.save({
      ...glm,
      id: starter.id,
      name: 'My Starter',
      monthlyPrice: 12,
      currency: 'USD',
    });
    expect(edited).toHaveLength(SHIPPED_PLANS.length);
    expect(edited[0]).toMatchObject({ id: starter.id, name: 'My Starter', origin: 'user' });
    expect(plans.delete(starter.id)[0]).toEqual(starter);
  });

  it('refuses to delete a shipped plan, and says what to do instead', () => {
    const { plans } = openPlans();
    expect(() => plans.delete(SHIPPED_PLANS[0]!.id)).toThrow(ArenaErrorException);
    expect(() => plans.delete(SHIPPED_PLANS[0]!.id)).toThrow(/cannot be deleted: edit it/);
  });

  it('skips a stored entry that is not a plan instead of trusting it', () => {
    const { file, plans } = openPlans();
    plans.save(glm);
    const store = new JsonFileStore(file);
    store.set('userPlans', [...(store.get('userPlans') as unknown[]), { id: 'x', name: 42 }, '__proto__']);
    expect(new UserPlans(new JsonFileStore(file)).all()).toHaveLength(SHIPPED_PLANS.length + 1);
  });
});
