// The pricing section of `npm run bench`: what the price path costs, each operation repeated (warm-up,
// then timed runs interleaved with the others, GC before each): the bundled snapshot read and checked,
// the catalog and quality table built, the Models & Prices table (the prices.list route's rows), `arena
// prices` in process, computeCost over 100,000 usages, and a plan projection (the plan.project route).
// Usage: npm run bench -- --only pricing [--quick]   (or node scripts/bench-pricing.ts [--quick])
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pricesCommand } from '../src-main/cli/prices-command.ts';
import type { CliIo } from '../src-main/cli/run-cli.ts';
import { buildPlanReport } from '../src-main/core/plan/plan-report.ts';
import { SHIPPED_PLANS } from '../src-main/core/plan/shipped-plans.ts';
import { createDefaultCatalog } from '../src-main/core/pricing/default-catalog.ts';
import { validRemoteEntries } from '../src-main/core/pricing/price-cache.ts';
import { priceRows } from '../src-main/core/pricing/price-rows.ts';
import { QualityTable } from '../src-main/core/quality/quality-scores.ts';
import type { Usage } from '../src-shared/domain.ts';
import { DEFAULT_WORKLOAD, type PlanModelRef } from '../src-shared/plan.ts';
import { computeCost, type PriceEntry } from '../src-shared/pricing.ts';
import { interleave, spreadOf } from './bench-stats.ts';

const SNAPSHOT = join(import.meta.dirname, '../src-main/core/pricing/bundled-prices.json');
const USAGES = 100_000;

export interface PricingOperation {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** A deterministic pseudo-random sequence: the same usages every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Usages from a short chat to a 300k-token prompt (above the 200k price tiers), with cache reads and writes. */
function usages(count: number): Usage[] {
  const next = random(14);
  return Array.from({ length: count }, () => {
    const inputTokens = Math.floor(next() ** 3 * 300_000);
    const outputTokens = Math.floor(next() * 4_000);
    return {
      inputTokens,
      outputTokens,
      cacheReadTokens: Math.floor(inputTokens * next() * 0.5),
      cacheWriteTokens: Math.floor(inputTokens * next() * 0.1),
      reasoningTokens: Math.floor(outputTokens * next() * 0.5),
    };
  });
}

/** Two models of each provider, as a Plan page comparison might hold. */
function planModels(entries: readonly PriceEntry[]): PlanModelRef[] {
  const perProvider = new Map<string, PlanModelRef[]>();
  for (const { provider, model } of entries) {
    const chosen = perProvider.get(provider) ?? [];
    if (chosen.length < 2) perProvider.set(provider, [...chosen, { provider, model }]);
  }
  return [...perProvider.values()].flat();
}

function capturingIo(): CliIo & { text: () => string } {
  const parts: string[] = [];
  return {
    out: (text) => parts.push(text),
    err: (text) => parts.push(text),
    env: {},
    text: () => parts.join(''),
  };
}

async function cliPrices(args: string[]): Promise<string> {
  const io = capturingIo();
  const code = await pricesCommand(args, io);
  if (code !== 0)
    throw new Error(`pricing: arena prices ${args.join(' ')} exited with ${code}: ${io.text()}`);
  return io.text();
}

/** Each operation, returning something to check once before timing: a fast wrong answer proves nothing. */
function operations(): Record<string, () => Promise<unknown>> {
  const catalog = createDefaultCatalog();
  const warmQuality = new QualityTable();
  const entries = catalog.all();
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { entries: PriceEntry[] };
  // The snapshot held to the checks a refreshed or cached price list must pass (only those carry 'remote').
  const asRefreshed = snapshot.entries.map((entry) => ({ ...entry, source: 'remote' as const }));
  const batch = usages(USAGES);
  const models = planModels(entries);
  return {
    'snapshot.parse': async () =>
      (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as typeof snapshot).entries.length,
    'snapshot.validate': async () => validRemoteEntries(asRefreshed).length,
    'catalog.build': async () => createDefaultCatalog().all().length,
    'quality.build': async () => new QualityTable().indexes().length,
    'pricesTable.first': async () => priceRows(catalog, new QualityTable()).length,
    'pricesTable.repeat': async () => priceRows(catalog, warmQuality).length,
    'cliPrices.json': async () => (JSON.parse(await cliPrices(['--json'])) as unknown[]).length,
    'cliPrices.table': async () => (await cliPrices([])).split('\n').length,
    'computeCost.100k': async () => {
      let usd = 0;
      for (let index = 0; index < batch.length; index++)
        usd += computeCost(batch[index]!, entries[index % entries.length])?.usd ?? 0;
      return usd;
    },
    'plan.project': async () =>
      buildPlanReport(
        { workload: DEFAULT_WORKLOAD, models },
        {
          lookup: (provider, model, region) => catalog.lookup(provider, model, region),
          rows: () => priceRows(catalog, warmQuality),
          plans: () => [...SHIPPED_PLANS],
          measured: () => [],
        },
      ).projections.filter((projection) => projection.monthlyUsd !== null).length,
  };
}

/** What each operation must answer: counts and sums that only the real work gives. */
async function checkAnswers(ops: Record<string, () => Promise<unknown>>): Promise<void> {
  const answers = new Map<string, unknown>();
  for (const [name, op] of Object.entries(ops)) answers.set(name, await op());
  const problems: string[] = [];
  const positive = (name: string) => {
    const answer = answers.get(name);
    if (typeof answer !== 'number' || !Number.isFinite(answer) || answer <= 0)
      problems.push(`${name} answered ${String(answer)}`);
  };
  for (const name of answers.keys()) positive(name);
  if (answers.get('snapshot.validate') !== answers.get('snapshot.parse'))
    problems.push(
      `only ${String(answers.get('snapshot.validate'))} of ${String(answers.get('snapshot.parse'))} snapshot entries pass the price checks`,
    );
  if (answers.get('pricesTable.first') !== answers.get('pricesTable.repeat'))
    problems.push('the first and repeated price table reads differ in length');
  if (problems.length > 0)
    throw new Error(`pricing: a measured operation went wrong: ${problems.join('; ')}`);
}

/** Milliseconds to the microsecond: finer digits are noise. */
const microseconds = (ms: number) => Math.round(ms * 1000) / 1000;

export async function run(options: { quick: boolean }): Promise<PricingOperation[]> {
  const ops = operations();
  await checkAnswers(ops);
  const durations = await interleave(ops, { warmups: options.quick ? 1 : 3, runs: options.quick ? 5 : 20 });
  return Object.entries(durations).map(([name, times]) => {
    const { median, min, max, runs } = spreadOf(times);
    const operation = {
      name,
      medianMs: microseconds(median),
      minMs: microseconds(min),
      maxMs: microseconds(max),
      runs,
    };
    console.log(
      `pricing ${name.padEnd(18)} median ${median.toFixed(2).padStart(7)} ms (min ${min.toFixed(2)}, max ${max.toFixed(2)}; ${runs} runs)`,
    );
    return operation;
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  console.log(JSON.stringify(await run({ quick: values.quick ?? false }), null, 2));
}
