// The user's own plans, kept in plans.json. A user plan with a shipped plan's id is the user's edit
// of it and shows instead; deleting that edit brings the shipped plan back.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Plan } from '../../../src-shared/plan.ts';
import { planInputSchema } from '../../../src-shared/plan-schemas.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';
import { SHIPPED_PLANS } from './shipped-plans.ts';

export const MAX_USER_PLANS = 100;
const KEY = 'userPlans';

type PlanInput = z.output<typeof planInputSchema>;

export class UserPlans {
  private readonly store: JsonFileStore;
  private readonly today: () => string;
  private readonly scrub: (plan: Plan) => Plan;

  /** `scrub` removes known keys from a plan's text before it is written (a key pasted into a note). */
  constructor(
    store: JsonFileStore,
    today = () => new Date().toISOString().slice(0, 10),
    scrub: (plan: Plan) => Plan = (plan) => plan,
  ) {
    this.store = store;
    this.today = today;
    this.scrub = scrub;
  }

  /** Shipped plans (or the user's edit of one) first, then the user's own, in the order saved. */
  all(): Plan[] {
    const mine = this.userPlans();
    const edits = new Map(mine.map((plan) => [plan.id, plan]));
    const shipped = SHIPPED_PLANS.map((plan) => edits.get(plan.id) ?? plan);
    const shippedIds = new Set(SHIPPED_PLANS.map((plan) => plan.id));
    return [...shipped, ...mine.filter((plan) => !shippedIds.has(plan.id))];
  }

  save(input: PlanInput): Plan[] {
    const plan = this.scrub({
      ...input,
      id: input.id ?? `user-${randomUUID()}`,
      asOf: input.asOf ?? this.today(),
      origin: 'user',
    });
    const rest = this.userPlans().filter((existing) => existing.id !== plan.id);
    if (rest.length >= MAX_USER_PLANS) {
      throw new ArenaErrorException({
        kind: 'invalid_input',
        message: `You have ${MAX_USER_PLANS} plans of your own, the most BYOK Arena keeps: delete one before adding another.`,
      });
    }
    this.store.set(KEY, [...rest, plan]);
    return this.all();
  }

  delete(id: string): Plan[] {
    const mine = this.userPlans();
    if (!mine.some((plan) => plan.id === id)) {
      const shipped = SHIPPED_PLANS.some((plan) => plan.id === id);
      throw new ArenaErrorException({
        kind: shipped ? 'forbidden' : 'invalid_input',
        field: 'id',
        message: shipped
          ? 'A shipped plan cannot be deleted: edit it to change its figures, or leave it out of the comparison.'
          : `There is no plan of yours with id ${id}: reload the Plan page to see your plans.`,
      });
    }
    this.store.set(
      KEY,
      mine.filter((plan) => plan.id !== id),
    );
    return this.all();
  }

  /** Stored plans that still read as plans; anything else in the file is skipped, not trusted. */
  private userPlans(): Plan[] {
    const raw = this.store.get(KEY);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item: unknown) => {
      const parsed = planInputSchema.safeParse(withoutOrigin(item));
      if (!parsed.success || parsed.data.id === undefined) return [];
      return [
        {
          ...parsed.data,
          id: parsed.data.id,
          asOf: parsed.data.asOf ?? this.today(),
          origin: 'user' as const,
        },
      ];
    });
  }
}

function withoutOrigin(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const { origin: _origin, ...rest } = item as Record<string, unknown>;
  return rest;
}
