// How the Plan page writes its figures. Pure.
import { formatMoney } from '../../../../src-shared/format-money.ts';
import type { ModelProjection, PlanVerdict } from '../../../../src-shared/plan.ts';

/** "$31.68", "~$4.46 (¥31.68)" for a CNY bill, "price unknown" without a price. */
export function monthlyText(projection: ModelProjection): string {
  if (projection.monthlyUsd === null) return 'price unknown';
  const usd = `${projection.estimated ? '~' : ''}${formatMoney(projection.monthlyUsd)}`;
  if (projection.currency === 'CNY' && projection.monthlyNative !== null)
    return `${formatMoney(projection.monthlyNative, 'CNY')} (${usd})`;
  return usd;
}

export function moneyOrDash(amount: number | null): string {
  return amount === null ? '—' : formatMoney(amount);
}

/** Where a projection's prices come from, for the hover text. */
export function sourceText(projection: ModelProjection): string {
  if (!projection.source) return projection.missing ?? 'No price in the catalog.';
  const parts = [`Price source: ${projection.source}, as of ${projection.asOf ?? 'an unknown date'}`];
  if (projection.tierAboveInputTokens !== null)
    parts.push(
      `the price above ${projection.tierAboveInputTokens.toLocaleString('en-US')} input tokens applies`,
    );
  if (projection.offPeak)
    parts.push(
      `${Math.round(projection.offPeak.share * 100)} % off-peak at ${Math.round(projection.offPeak.discount * 100)} % off (${projection.offPeak.confirmed ? 'confirmed' : 'unconfirmed'}: ${projection.offPeak.source})`,
    );
  if (projection.currency === 'CNY') parts.push('billed in CNY; USD estimated at a dated rate');
  return `${parts.join('; ')}.`;
}

/** "Fits", "Overflows by 42 %", or "Unknown until measured". */
export function fitText(verdict: Pick<PlanVerdict, 'fits' | 'overflowPct'>): string {
  if (verdict.fits === null) return 'Unknown until measured';
  if (verdict.fits) return 'Fits';
  // No overflow figure: the window holds nothing, so any use overflows it without bound.
  if (verdict.overflowPct === null) return 'Does not fit (the window holds 0)';
  return `Overflows by ${Math.round(verdict.overflowPct).toLocaleString('en-US')} %`;
}

/** "2,778 / day", "never (stops fitting at 2,400 / day)", or "—" without a pay-as-you-go price. */
export function breakEvenText(
  verdict: Pick<
    PlanVerdict,
    'breakEvenRequestsPerDay' | 'stopsFittingAtRequestsPerDay' | 'breakEvenBeyondFit'
  >,
): string {
  if (verdict.breakEvenBeyondFit && verdict.stopsFittingAtRequestsPerDay != null)
    return `never (stops fitting at ${requestsText(verdict.stopsFittingAtRequestsPerDay)})`;
  return requestsText(verdict.breakEvenRequestsPerDay);
}

export function requestsText(perDay: number | null): string {
  return perDay === null ? '—' : `${Math.round(perDay).toLocaleString('en-US')} / day`;
}

export function planPriceText(
  verdict: Pick<PlanVerdict, 'monthlyPrice' | 'currency' | 'monthlyUsd'>,
): string {
  const native = formatMoney(verdict.monthlyPrice, verdict.currency);
  return verdict.currency === 'USD' ? native : `${native} (~${formatMoney(verdict.monthlyUsd)})`;
}

/**
 * The verdict's explanation without the words the Verdict cell already shows in bold
 * ("Fits (5-hour: 625 of 1,500 requests)." → "5-hour: 625 of 1,500 requests.").
 */
export function verdictDetail(verdict: PlanVerdict): string {
  const shown = fitText(verdict);
  let detail = verdict.explanation.trim();
  const lead = verdict.fits === null ? 'unknown until measured' : verdict.fits ? 'fits' : '';
  if (lead && detail.toLowerCase().startsWith(lead))
    detail = detail.slice(lead.length).replace(/^[\s:]+/, '');
  // "(5-hour: 625 of 1,500 requests). More." → "5-hour: 625 of 1,500 requests. More."
  detail = detail.replace(/^\(([^)]*)\)\./, '$1.');
  if (detail === '' || detail === shown) return '';
  return detail.charAt(0).toUpperCase() + detail.slice(1);
}
