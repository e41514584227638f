// While a blind round waits for the vote, Spending leaves out the day its run started and every day
// after: that run's cost per model, or even its share of the total at known prices, would say which
// hidden answer is whose. The route filters by local day, so the report stops the day before.

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The last local day (YYYY-MM-DD) Spending shows while the round is hidden. `requestedAt` is when the
 * window asked for the run, just before the store stamped it: its day is never later than the run's.
 */
export function heldSpendingTo(requestedAt: number): string {
  const day = new Date(requestedAt);
  day.setDate(day.getDate() - 1);
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
