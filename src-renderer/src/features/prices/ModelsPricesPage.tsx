import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_QUALITY_INDEX } from '../../../../src-shared/quality.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import { PriceTable } from './PriceTable.tsx';
import { PriceToolbar } from './PriceToolbar.tsx';
import { PromptAdvisor } from './PromptAdvisor.tsx';
import { type PriceFilter, type PriceSort, visibleRows } from './price-view.ts';
import { usePrices } from './prices-store.ts';
import { QualityAttribution } from './QualityIndex.tsx';
import { QualityRefreshLine } from './QualityRefresh.tsx';
import { VotesLeaderboard } from './VotesLeaderboard.tsx';

export function ModelsPricesPage() {
  const table = usePrices((state) => state.table);
  const [filter, setFilter] = useState<PriceFilter>({ query: '', provider: '', tier: '' });
  const [sort, setSort] = useState<PriceSort>({ key: 'model', descending: false });

  useEffect(() => {
    void usePrices.getState().load();
  }, []);

  const qualityIndex = table?.qualityIndex ?? DEFAULT_QUALITY_INDEX;
  const rows = useMemo(
    () => visibleRows(table?.rows ?? [], filter, sort, qualityIndex),
    [table, filter, sort, qualityIndex],
  );
  const quality = useMemo(
    () => ({ index: qualityIndex, indexes: table?.qualityIndexes ?? [] }),
    [qualityIndex, table],
  );

  return (
    <div className="prices-page">
      <PageHeader
        title="Models & Prices"
        summary="Each model's price, context, quality and tier, with source and date. Works offline."
      />
      <div className="prices-tools">
        <PromptAdvisor />
        <OverrideForm />
      </div>
      <PriceToolbar filter={filter} onFilter={setFilter} table={table} />
      {table ? <QualityAttribution table={table} /> : null}
      {table ? <QualityRefreshLine /> : null}
      {table?.qualityIndex.index === 'votes' ? <VotesLeaderboard table={table} /> : null}
      <p className="hint" role="status">
        {table
          ? `${rows.length} of ${table.rows.length} models, USD per 1M tokens. ${table.refresh.message}`
          : 'Loading prices…'}
      </p>
      <PriceTable rows={rows} sort={sort} onSort={setSort} quality={quality} />
    </div>
  );
}
