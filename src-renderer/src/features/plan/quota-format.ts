// How the live Token Plan windows and the measured cost per run are written. Pure.
import type { MeasuredQuotaUse } from '../../../../src-shared/plan.ts';
import type { QuotaWindowRead } from '../../../../src-shared/plan-quota.ts';

/** "1,200 of 1,500 requests left, resets 14:05" · "62 % left" · "unlimited" · "unknown". */
export function windowText(read: QuotaWindowRead, formatTime: (iso: string) => string): string {
  if (read.status === 'unlimited') return 'unlimited';
  let left: string;
  // Counts against a total of 0 or none say less than a percent beside them: the percent wins.
  if (read.remaining !== null && read.total !== null && read.total > 0)
    left = `${read.remaining.toLocaleString('en-US')} of ${read.total.toLocaleString('en-US')} requests left`;
  else if (read.remainingPercent !== null) left = `${Math.round(read.remainingPercent)} % left`;
  else if (read.remaining !== null) left = `${read.remaining.toLocaleString('en-US')} requests left`;
  else return 'unknown (not reported)';
  if (read.status === 'exhausted') left = `exhausted (${left})`;
  return read.resetsAt ? `${left}, resets ${formatTime(read.resetsAt)}` : left;
}

/**
 * "MiniMax-M2.7 on Plus: 1 request per call (3 runs measured)" — what the measured runs cost of a
 * plan. A 0 is a window that did not move over all the calls: below the read's resolution, not free.
 */
export function estimateText(estimate: MeasuredQuotaUse): string | null {
  const parts: string[] = [];
  const still = (window: string) => `the ${window} did not move (run more calls to measure)`;
  if (estimate.requestsPerCall !== null)
    parts.push(
      estimate.requestsPerCall === 0
        ? still('5-hour window')
        : `${estimate.requestsPerCall} request${estimate.requestsPerCall === 1 ? '' : 's'} per call`,
    );
  if (estimate.fiveHourPercentPerCall !== null)
    parts.push(
      estimate.fiveHourPercentPerCall === 0
        ? still('5-hour window')
        : `${estimate.fiveHourPercentPerCall} % of the 5-hour window per call`,
    );
  if (estimate.weeklyPercentPerCall !== null)
    parts.push(
      estimate.weeklyPercentPerCall === 0
        ? still('week')
        : `${estimate.weeklyPercentPerCall} % of the week per call`,
    );
  if (parts.length === 0) return null;
  const on = estimate.plan ? ` on ${estimate.plan}` : '';
  return `${estimate.model}${on}: ${parts.join(', ')} (${estimate.runs} run${estimate.runs === 1 ? '' : 's'} measured)`;
}
