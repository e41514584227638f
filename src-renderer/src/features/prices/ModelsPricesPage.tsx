import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import { PriceTable } from './PriceTable.tsx';
import { PriceToolbar } from './PriceToolbar.tsx';
import { PromptAdvisor } from './PromptAdvisor.tsx';
import { type PriceFilter, type PriceSort, visibleRows } from './price-view.ts';
import { usePrices } from './prices-store.ts';

export function ModelsPricesPage() {
  const table = usePrices((state) => state.table);
  const [filter, setFilter] = useState<PriceFilter>({ query: '', provider: '', tier: '' });
  const [sort, setSort] = useState<PriceSort>({ key: 'model', descending: false });

  useEffect(() => {
    void usePrices.getState().load();
  }, []);

  const rows = useMemo(() => visibleRows(table?.rows ?? [], filter, sort), [table, filter, sort]);

  return (
    <div className="prices-page">
      <PageHeader
        title="Models & Prices"
        summary="Every known model with its price per million tokens, context window, quality score and tier; each number with its source and date. Works offline."
      />
      <div className="prices-tools">
        <PromptAdvisor />
        <OverrideForm />
      </div>
      <PriceToolbar filter={filter} onFilter={setFilter} />
      <p className="hint" role="status">
        {table
          ? `${rows.length} of ${table.rows.length} models, USD per 1M tokens. ${table.refresh.message}`
          : 'Loading prices…'}
      </p>
      <PriceTable rows={rows} sort={sort} onSort={setSort} />
    </div>
  );
}
