import { useId } from 'react';
import { type ProviderId, TIERS, type Tier } from '../../../../src-shared/domain.ts';
import { useProviders } from '../../lib/use-providers.ts';
import type { PriceFilter } from './price-view.ts';
import { usePrices } from './prices-store.ts';

interface PriceToolbarProps {
  filter: PriceFilter;
  onFilter: (filter: PriceFilter) => void;
}

/** Search, provider and tier filters, and the price refresh. */
export function PriceToolbar({ filter, onFilter }: PriceToolbarProps) {
  const providers = useProviders();
  const refreshing = usePrices((state) => state.refreshing);
  const ids = { search: useId(), provider: useId(), tier: useId() };

  return (
    <div className="toolbar">
      <label htmlFor={ids.search}>Search</label>
      <input
        id={ids.search}
        type="search"
        value={filter.query}
        onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        placeholder="e.g. minimax m2"
      />
      <label htmlFor={ids.provider}>Provider</label>
      <select
        id={ids.provider}
        value={filter.provider}
        onChange={(event) => onFilter({ ...filter, provider: event.target.value as ProviderId | '' })}
      >
        <option value="">All</option>
        {providers.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.displayName}
          </option>
        ))}
      </select>
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
      <button type="button" onClick={() => void usePrices.getState().refresh()} disabled={refreshing}>
        {refreshing ? 'Refreshing…' : 'Refresh prices'}
      </button>
    </div>
  );
}
