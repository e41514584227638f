// `arena plan`: what a workload costs a month pay-as-you-go per model, and whether the named plans
// hold it. The same report as the Plan page (src-main/core/plan/), offline, from the shipped prices.
import type { z } from 'zod';
import { formatMoney } from '../../src-shared/format-money.ts';
import type { ModelProjection, PlanModelRef, PlanReport, PlanVerdict } from '../../src-shared/plan.ts';
import { workloadSchema } from '../../src-shared/plan-schemas.ts';
import { ArenaErrorException } from '../core/ipc/arena-error-exception.ts';
import { buildPlanReport } from '../core/plan/plan-report.ts';
import { fitLabel, modelLabel } from '../core/plan/plan-report-text.ts';
import { SHIPPED_PLANS } from '../core/plan/shipped-plans.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { priceRows } from '../core/pricing/price-rows.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { QualityTable } from '../core/quality/quality-scores.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, providerPairs, UsageError } from './cli-args.ts';
import type { CliIo } from './run-cli.ts';
import { renderTable, type TableCell, type TableColumn } from './text-table.ts';

export const PLAN_USAGE = `plan --requests-per-day N --input-tokens N --output-tokens N --model PROVIDER/MODEL [--model …]
       [--cache-hit F] [--reasoning F] [--turns N] [--days N] [--hours N] [--off-peak F]
       [--region PROVIDER=global|china] [--plan ID|NAME …] [--json]
  What the workload costs a month pay-as-you-go on each model (cheapest first), and whether each
  --plan holds it. --cache-hit: share of input read from cache (0 to 1); --reasoning: share of
  output that is reasoning; --turns: calls per conversation, each resending the history (default
  1); --days: active days a month (default 30); --hours: hours a day the requests spread over
  (default 8; gives the busiest 5 hours); --off-peak: share sent in DeepSeek's off-peak hours (half
  price, unconfirmed). Plans: the shipped MiniMax Token Plans (ids like minimax-tp1-starter; run
  without --plan to list them); plans you add on the Plan page are not read here. Works offline.`;

const OPTIONS = {
  'requests-per-day': { type: 'string' },
  'input-tokens': { type: 'string' },
  'output-tokens': { type: 'string' },
  'cache-hit': { type: 'string' },
  reasoning: { type: 'string' },
  turns: { type: 'string' },
  days: { type: 'string' },
  hours: { type: 'string' },
  'off-peak': { type: 'string' },
  region: { type: 'string', multiple: true },
  model: { type: 'string', multiple: true },
  plan: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
} as const;

type WorkloadInput = z.input<typeof workloadSchema>;

/** Each workload field's flag, and what it takes (said when the value is refused). */
const FIELDS: readonly [keyof WorkloadInput, string, string][] = [
  ['requestsPerDay', 'requests-per-day', 'a number of requests a day, 0 or more'],
  ['inputTokens', 'input-tokens', 'a whole number of tokens'],
  ['outputTokens', 'output-tokens', 'a whole number of tokens'],
  ['cacheHitShare', 'cache-hit', 'a share from 0 to 1 (0.3 for 30 %)'],
  ['reasoningShare', 'reasoning', 'a share from 0 to 1 (0.3 for 30 %)'],
  ['turns', 'turns', 'a whole number of turns from 1 to 1000'],
  ['activeDaysPerMonth', 'days', 'a number of days from 1 to 31'],
  ['hoursPerDay', 'hours', 'a number of hours from 1 to 24'],
  ['offPeakShare', 'off-peak', 'a share from 0 to 1 (0.5 for half)'],
];
const REQUIRED = new Set(['requests-per-day', 'input-tokens', 'output-tokens']);

function parseWorkload(values: Readonly<Record<string, unknown>>) {
  const input = new Map<string, number>();
  for (const [field, flag, takes] of FIELDS) {
    const text = values[flag];
    if (text === undefined) {
      if (REQUIRED.has(flag)) throw new UsageError(`give --${flag} (${takes})`);
      continue;
    }
    const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
    if (!Number.isFinite(value)) throw new UsageError(`--${flag} takes ${takes}, got "${String(text)}"`);
    input.set(field, value);
  }
  const parsed = workloadSchema.safeParse(Object.fromEntries(input));
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  const [, flag, takes] = FIELDS.find(([name]) => name === field) ?? [field, field, 'a valid value'];
  throw new UsageError(`--${flag} takes ${takes}, got "${String(values[flag])}"`);
}

function parseModels(
  specs: readonly string[] | undefined,
  regions: ReturnType<typeof providerPairs>,
): PlanModelRef[] {
  if (!specs || specs.length === 0)
    throw new UsageError('give at least one --model PROVIDER/MODEL (e.g. minimax/MiniMax-M2.7)');
  if (specs.length > 50) throw new UsageError(`at most 50 --model options, got ${specs.length}`);
  return specs.map((spec) => {
    const slash = spec.indexOf('/');
    const provider = spec.slice(0, Math.max(slash, 0));
    const model = spec.slice(slash + 1).trim();
    if (slash <= 0 || !model)
      throw new UsageError(`--model takes PROVIDER/MODEL (e.g. minimax/MiniMax-M2.7), got "${spec}"`);
    if (!isProviderId(provider))
      throw new UsageError(`unknown provider "${provider}" in --model ${spec}; known: ${KNOWN_PROVIDERS}`);
    const region = regions.get(provider);
    if (region !== undefined && region !== 'global' && region !== 'china')
      throw new UsageError(`--region ${provider}=${region}: a region is global or china`);
    return region === undefined ? { provider, model } : { provider, model, region };
  });
}

const money = (value: number | null, estimated: boolean) =>
  value === null ? '—' : `${estimated ? '~' : ''}${formatMoney(value)}`;

const MODEL_COLUMNS: readonly TableColumn[] = [
  { header: 'model' },
  { header: 'per month', align: 'right' },
  { header: 'per 1k req', align: 'right' },
  { header: 'billed', align: 'right' },
  { header: 'tier' },
  { header: 'price source', shrinks: true, minWidth: 12 },
];

function modelRow(projection: ModelProjection): string[] {
  const billed =
    projection.currency === 'CNY' && projection.monthlyNative !== null
      ? formatMoney(projection.monthlyNative, 'CNY')
      : '—';
  return [
    modelLabel(projection),
    money(projection.monthlyUsd, projection.estimated),
    money(projection.perThousandUsd, projection.estimated),
    billed,
    projection.tier ?? '—',
    projection.missing ??
      `${projection.source} ${projection.asOf}${projection.offPeak ? ', off-peak unconfirmed' : ''}`,
  ];
}

// Fits in 100 columns with the longest MiniMax ids whole: the verdict takes its short form first.
const PLAN_COLUMNS: readonly TableColumn[] = [
  { header: 'plan' },
  { header: 'model', shrinks: true, minWidth: 22 },
  { header: 'price', align: 'right' },
  { header: 'verdict' },
  { header: 'over', align: 'right' },
  { header: 'break-even', align: 'right' },
  { header: 'basis' },
];

function planRow(verdict: PlanVerdict): TableCell[] {
  return [
    verdict.planId,
    verdict.model,
    verdict.currency === 'CNY' ? formatMoney(verdict.monthlyPrice, 'CNY') : formatMoney(verdict.monthlyUsd),
    verdict.fits === null ? [fitLabel(verdict), 'unmeasured'] : fitLabel(verdict),
    verdict.overflowPct === null ? '—' : `${Math.round(verdict.overflowPct)} %`,
    verdict.breakEvenBeyondFit
      ? 'never'
      : verdict.breakEvenRequestsPerDay === null
        ? '—'
        : verdict.breakEvenRequestsPerDay.toLocaleString('en-US', { maximumFractionDigits: 0 }),
    verdict.basis,
  ];
}

const PLAN_LEGEND =
  "price: a month; unmeasured: unknown until measured with your key; over: how far the fullest window is exceeded; break-even: requests a day at which pay-as-you-go on the model costs the plan's price (never: the plan stops fitting first).";

function asJson(report: PlanReport) {
  return {
    workload: report.workload,
    models: report.projections.map((projection) => ({
      model: projection.model,
      provider: projection.provider,
      region: projection.region,
      monthlyUsd: projection.monthlyUsd,
      perThousandUsd: projection.perThousandUsd,
      currency: projection.currency,
      monthlyNative: projection.monthlyNative,
      perQualityPointUsd: projection.perQualityPointUsd,
      tier: projection.tier,
      source: projection.source,
      asOf: projection.asOf,
      estimated: projection.estimated,
      missing: projection.missing,
    })),
    plans: report.verdicts.map((verdict) => ({
      plan: verdict.planId,
      name: verdict.planName,
      model: verdict.model,
      monthlyUsd: verdict.monthlyUsd,
      monthlyPrice: verdict.monthlyPrice,
      currency: verdict.currency,
      fits: verdict.fits,
      overflowPct: verdict.overflowPct,
      effectivePerRequestUsd: verdict.effectivePerRequestUsd,
      breakEvenRequestsPerDay: verdict.breakEvenRequestsPerDay,
      stopsFittingAtRequestsPerDay: verdict.stopsFittingAtRequestsPerDay ?? null,
      peakFiveHourRequests: verdict.peakFiveHourRequests,
      basis: verdict.basis,
      source: verdict.source,
      asOf: verdict.asOf,
      verified: verdict.verified,
    })),
    notes: report.notes,
  };
}

const LINE_WIDTH = 100;

/** Our own notes, wrapped at spaces to the line width (a word longer than a line stays whole). */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const workload = parseWorkload(values);
  const models = parseModels(values.model, providerPairs(values.region, '--region', 'minimax=china'));
  const catalog = createDefaultCatalog();
  const quality = new QualityTable();
  let report: PlanReport;
  try {
    report = buildPlanReport(
      { workload, models, planIds: values.plan ?? [] },
      {
        lookup: (provider, model, region) => catalog.lookup(provider, model, region),
        rows: () => priceRows(catalog, quality),
        plans: () => [...SHIPPED_PLANS],
        measured: () => [],
      },
    );
  } catch (error) {
    if (error instanceof ArenaErrorException) throw new UsageError(`${error.error.message} (--plan)`);
    throw error;
  }
  if (values.json) {
    io.out(`${JSON.stringify(asJson(report), null, 2)}\n`);
    return 0;
  }
  const parts = [renderTable(MODEL_COLUMNS, report.projections.map(modelRow), LINE_WIDTH)];
  if (report.verdicts.length > 0)
    parts.push('', renderTable(PLAN_COLUMNS, report.verdicts.map(planRow), LINE_WIDTH), ...wrap(PLAN_LEGEND));
  else parts.push('', ...wrap(`No --plan given. Plans: ${SHIPPED_PLANS.map((plan) => plan.id).join(', ')}.`));
  parts.push('', 'USD a month; ~ marks an estimate.', ...report.notes.flatMap(wrap));
  io.out(`${parts.join('\n')}\n`);
  return 0;
}
