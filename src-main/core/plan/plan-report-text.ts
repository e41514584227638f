// The decision report as Markdown and its table as CSV, both from one PlanReport, so the page, the
// CLI and the exported files agree. Names and sources are escaped: a user plan's name is user text.

import { formatMoney, roundMoney } from '../../../src-shared/format-money.ts';
import type { ModelProjection, PlanReport, PlanVerdict, Workload } from '../../../src-shared/plan.ts';
import { csvRecords, numberCell, textCell } from '../history/export/csv-cell.ts';
import { inline } from '../history/export/markdown-text.ts';
import { NONE } from '../history/export/metric-format.ts';

const count = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits });
const money = (value: number | null, estimated = false) =>
  value === null ? NONE : `${estimated ? '~' : ''}${formatMoney(value)}`;

export function modelLabel(projection: Pick<ModelProjection, 'provider' | 'model' | 'region'>): string {
  return `${projection.provider}/${projection.model}${projection.region === 'global' ? '' : ` (${projection.region})`}`;
}

export function fitLabel(verdict: PlanVerdict): string {
  return verdict.fits === null ? 'unknown until measured' : verdict.fits ? 'fits' : 'does not fit';
}

function workloadRows(workload: Workload): [string, string][] {
  return [
    ['Requests per day', count(workload.requestsPerDay)],
    ['Input tokens (first turn)', count(workload.inputTokens)],
    ['Output tokens', count(workload.outputTokens)],
    ['Cache-hit share of input', `${count(workload.cacheHitShare * 100)} %`],
    ['Reasoning share of output', `${count(workload.reasoningShare * 100)} %`],
    ['Turns per conversation', count(workload.turns)],
    ['Active days per month', count(workload.activeDaysPerMonth)],
    ['Off-peak share (DeepSeek)', `${count(workload.offPeakShare * 100)} %`],
    ['Active hours per day', count(workload.hoursPerDay)],
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function projectionRow(projection: ModelProjection, rank: number): string {
  const native =
    projection.currency === 'CNY' && projection.monthlyNative !== null
      ? formatMoney(projection.monthlyNative, 'CNY')
      : NONE;
  return row([
    String(rank),
    inline(modelLabel(projection)),
    money(projection.monthlyUsd, projection.estimated),
    money(projection.perThousandUsd, projection.estimated),
    native,
    money(projection.perQualityPointUsd, projection.estimated),
    projection.tier ?? NONE,
    projection.missing ? inline(projection.missing) : `${projection.source}, ${projection.asOf}`,
  ]);
}

function verdictRow(verdict: PlanVerdict): string {
  const price =
    verdict.currency === 'CNY'
      ? `${formatMoney(verdict.monthlyPrice, 'CNY')} (~${formatMoney(verdict.monthlyUsd)})`
      : formatMoney(verdict.monthlyUsd);
  return row([
    inline(verdict.planName),
    inline(verdict.model),
    price,
    fitLabel(verdict),
    verdict.overflowPct === null ? NONE : `${count(verdict.overflowPct)} %`,
    money(verdict.effectivePerRequestUsd),
    verdict.breakEvenBeyondFit
      ? 'never'
      : verdict.breakEvenRequestsPerDay === null
        ? NONE
        : count(verdict.breakEvenRequestsPerDay),
    count(verdict.peakFiveHourRequests),
    verdict.basis,
    `${inline(verdict.source)}, ${inline(verdict.asOf)}${verdict.verified ? '' : ', unverified'}`,
  ]);
}

export interface MarkdownOptions {
  /** The chart's file name beside the report, or null for none. */
  chartFile: string | null;
  /** The Playground run the workload came from, as the window describes it. */
  basedOn?: string | undefined;
}

export function planReportMarkdown(report: PlanReport, options: MarkdownOptions): string {
  const lines = [
    '# What will this cost me per month?',
    '',
    `Generated ${report.generatedAt} by BYOK Arena.`,
    '',
    ...(options.basedOn ? [`Based on: ${inline(options.basedOn)}`, ''] : []),
    '## Workload',
    '',
    '| | |',
    '|---|---|',
    ...workloadRows(report.workload).map(([name, value]) => row([name, value])),
    '',
    '## Pay-as-you-go, cheapest first',
    '',
    row([
      '#',
      'Model',
      'Per month',
      'Per 1,000 requests',
      'Billed',
      'Per quality point',
      'Tier',
      'Price source',
    ]),
    '|---|---|---|---|---|---|---|---|',
    ...report.projections.map((projection, index) => projectionRow(projection, index + 1)),
    '',
    '~ marks an estimate (converted yuan, a guessed price, or an unconfirmed off-peak discount).',
    '',
  ];
  if (report.verdicts.length > 0) {
    lines.push(
      '## Plans',
      '',
      row([
        'Plan',
        'Model',
        'Per month',
        'Verdict',
        'Overflow',
        'Per request',
        'Break-even requests/day',
        'Busiest 5 h (requests)',
        'Basis',
        'Source',
      ]),
      '|---|---|---|---|---|---|---|---|---|---|',
      ...report.verdicts.map(verdictRow),
      '',
      ...report.verdicts.map((verdict) => `- ${inline(verdict.planName)}: ${inline(verdict.explanation)}`),
      '',
    );
  }
  if (options.chartFile) {
    lines.push(
      '## Chart',
      '',
      `![Monthly cost against requests per day](${encodeURI(options.chartFile)})`,
      '',
    );
  }
  lines.push('## Notes', '', ...report.notes.map((note) => `- ${inline(note)}`), '');
  return lines.join('\n');
}

const CSV_HEADER = [
  'kind',
  'provider',
  'model',
  'region',
  'plan',
  'monthly_usd',
  'per_thousand_usd',
  'currency',
  'monthly_native',
  'per_quality_point_usd',
  'tier',
  'fits',
  'overflow_pct',
  'effective_per_request_usd',
  'break_even_requests_per_day',
  'basis',
  'source',
  'as_of',
  'estimated',
];

const fitsCell = (fits: boolean | null) => (fits === null ? 'unknown' : fits ? 'yes' : 'no');

/** Money without binary-float noise (31.68, not 31.679999999999996). */
const moneyCell = (value: number | null | undefined) =>
  numberCell(value === null || value === undefined ? value : roundMoney(value));

export function planReportCsv(report: PlanReport): string {
  const models = report.projections.map((projection) => [
    'payg',
    projection.provider,
    textCell(projection.model),
    projection.region,
    '',
    moneyCell(projection.monthlyUsd),
    moneyCell(projection.perThousandUsd),
    projection.currency,
    moneyCell(projection.monthlyNative),
    moneyCell(projection.perQualityPointUsd),
    projection.tier ?? '',
    '',
    '',
    '',
    '',
    '',
    textCell(projection.source ?? ''),
    textCell(projection.asOf ?? ''),
    projection.estimated ? 'yes' : 'no',
  ]);
  const plans = report.verdicts.map((verdict) => [
    'plan',
    '',
    textCell(verdict.model),
    '',
    textCell(`${verdict.planId}: ${verdict.planName}`),
    moneyCell(verdict.monthlyUsd),
    '',
    verdict.currency,
    moneyCell(verdict.monthlyPrice),
    '',
    '',
    fitsCell(verdict.fits),
    numberCell(verdict.overflowPct),
    moneyCell(verdict.effectivePerRequestUsd),
    numberCell(verdict.breakEvenRequestsPerDay),
    verdict.basis,
    textCell(verdict.source),
    textCell(verdict.asOf),
    verdict.verified ? 'no' : 'yes',
  ]);
  return csvRecords([CSV_HEADER, ...models, ...plans]);
}
