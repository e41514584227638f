import { useId } from 'react';
import { TIERS, type Tier } from '../../../../src-shared/domain.ts';
import type { PriceTable } from '../../../../src-shared/pricing.ts';
import { ProviderFilter } from '../../ui/ProviderFilter.tsx';
import type { PriceFilter } from './price-view.ts';
import { usePrices } from './prices-store.ts';
import { QualityIndexSelect } from './QualityIndex.tsx';
import { RefreshQualityButton } from './QualityRefresh.tsx';

interface PriceToolbarProps {
  filter: PriceFilter;
  onFilter: (filter: PriceFilter) => void;
  /** Null until the prices arrive; the quality index choice waits for it. */
  table: PriceTable | null;
}

/**
 * The filters, the quality index the table scores with, then the two refreshes: a 900 px window fits
 * them on three rows, a 1280 px one on two.
 */
export function PriceToolbar({ filter, onFilter, table }: PriceToolbarProps) {
  const refreshing = usePrices((state) => state.refreshing);
  const ids = { search: useId(), tier: useId() };

  return (
    <div className="toolbar">
      <span className="toolbar-group">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          value={filter.query}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
          placeholder="e.g. minimax m2"
        />
      </span>
      <ProviderFilter value={filter.provider} onChange={(provider) => onFilter({ ...filter, provider })} />
      <span className="toolbar-group">
        <label htmlFor={ids.tier}>Tier</label>
        <select
          id={ids.tier}
          value={filter.tier}
          onChange={(event) => onFilter({ ...filter, tier: event.target.value as Tier | '' })}
        >
          <option value="">All</option>
          {TIERS.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </span>
      {table ? <QualityIndexSelect table={table} /> : null}
      <button type="button" onClick={() => void usePrices.getState().refresh()} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh prices'}
      </button>
      {table ? <RefreshQualityButton /> : null}
    </div>
  );
}
