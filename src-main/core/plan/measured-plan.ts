// Which plan a measurement was taken on: a percent of a window only means something for that plan.
import type { Plan } from '../../../src-shared/plan.ts';

const SHIPPED_PREFIX = 'minimax token plan ';

/** A subscription title longer than this is not believed: it comes from the provider. */
const MAX_TITLE = 200;

/** Lower case, runs of anything but letters, digits and "-" made one space: "Plus (gen 2)" → "plus gen 2". */
const words = (text: string) =>
  text
    .slice(0, MAX_TITLE)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, ' ')
    .trim();

/**
 * The plan's short name: "MiniMax Token Plan Plus (gen 2)" → "Plus". A user plan's name is taken
 * whole, less any parenthesised suffix.
 */
export function shortPlanName(plan: Pick<Plan, 'name'>): string {
  let name = plan.name.trim();
  const open = name.lastIndexOf('(');
  if (name.endsWith(')') && open > 0) name = name.slice(0, open).trim();
  return name.toLowerCase().startsWith(SHIPPED_PREFIX) ? name.slice(SHIPPED_PREFIX.length).trim() : name;
}

/**
 * True when the key's subscription title names this plan: the short name appears in it as whole
 * words, in any case ("Token Plan Plus" names Plus; it does not name Max, nor Plus-Highspeed). When
 * the title also names a generation ("gen 1"), it must be the plan's. No title: not known to match.
 */
export function measuredOnPlan(title: string | null | undefined, plan: Pick<Plan, 'name'>): boolean {
  if (!title) return false;
  const said = ` ${words(title)} `;
  const short = words(shortPlanName(plan));
  if (short === '' || !said.includes(` ${short} `)) return false;
  const generation = / gen (\d+) /.exec(said)?.[1];
  const planGeneration = / gen (\d+) /.exec(` ${words(plan.name)} `)?.[1];
  return generation === undefined || planGeneration === undefined || generation === planGeneration;
}
