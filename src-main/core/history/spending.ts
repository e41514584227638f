import type { DatabaseSync } from 'node:sqlite';
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { MoneyTotal, SpendingQuery, SpendingReport, SpendingRow } from '../../../src-shared/history.ts';
import { addMoney, moneyTotal, NO_MONEY } from './money.ts';

interface SumRow {
  period: string;
  provider: ProviderId;
  model: string;
  runs: number;
  usd: number;
  cny: number;
  unknown: number;
}

/** Adds `total` into the entry for `key`, made by `make` when new (insertion order kept). */
function addTo<T extends { total: MoneyTotal }>(
  table: Map<string, T>,
  key: string,
  make: () => T,
  total: MoneyTotal,
): void {
  const entry = table.get(key) ?? make();
  entry.total = addMoney(entry.total, total);
  table.set(key, entry);
}

/**
 * What the recorded costs add up to per day or month × provider × model (the local day each run
 * started), with the totals per period, provider and model. USD-billed and CNY-billed amounts stay
 * apart; columns with unknown cost are counted, not guessed.
 */
export function spendingReport(db: DatabaseSync, query: SpendingQuery): SpendingReport {
  const periodLength = query.groupBy === 'month' ? 7 : 10;
  const rows = db
    .prepare(
      `SELECT substr(r.started_day, 1, ${periodLength}) AS period, col.provider, col.model,
              count(DISTINCT r.seq) AS runs, total(col.cost_usd) AS usd, total(col.cost_cny) AS cny,
              total(col.cost_unknown) AS unknown
       FROM runs r JOIN columns col ON col.run_seq = r.seq
       WHERE r.started_day BETWEEN :from AND :to
       GROUP BY period, col.provider, col.model
       ORDER BY period, col.provider, col.model`,
    )
    .all({ from: query.from ?? '0000-00-00', to: query.to ?? '9999-99-99' }) as unknown as SumRow[];
  const byPeriod = new Map<string, SpendingReport['byPeriod'][number]>();
  const byProvider = new Map<string, SpendingReport['byProvider'][number]>();
  const byModel = new Map<string, SpendingReport['byModel'][number]>();
  let total = NO_MONEY;
  const spendingRows = rows.map((row): SpendingRow => {
    const money = moneyTotal(row);
    addTo(byPeriod, row.period, () => ({ period: row.period, total: NO_MONEY }), money);
    addTo(byProvider, row.provider, () => ({ provider: row.provider, total: NO_MONEY }), money);
    addTo(
      byModel,
      JSON.stringify([row.provider, row.model]),
      () => ({ provider: row.provider, model: row.model, total: NO_MONEY }),
      money,
    );
    total = addMoney(total, money);
    return { period: row.period, provider: row.provider, model: row.model, runs: row.runs, total: money };
  });
  return {
    groupBy: query.groupBy,
    rows: spendingRows,
    byPeriod: [...byPeriod.values()],
    byProvider: [...byProvider.values()].sort((a, b) => a.provider.localeCompare(b.provider)),
    byModel: [...byModel.values()],
    total,
  };
}
