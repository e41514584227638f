import { useEffect, useId, useMemo, useState } from 'react';
import { type ProviderId, TIERS, type Tier } from '../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../src-shared/pricing.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { TierBadge } from '../../ui/TierBadge.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import { PromptAdvisor } from './PromptAdvisor.tsx';
import { usePrices } from './prices-store.ts';

type SortKey = 'model' | 'input' | 'output' | 'context' | 'quality' | 'perQuality' | 'tier';

const perMillion = (value: number | null) => (value === null ? null : value * 1_000_000);
const money = (value: number | null) =>
  value === null ? '—' : `$${value < 1 ? value.toFixed(3) : value.toFixed(2)}`;

/** Blended $ per 1M (3 input : 1 output) divided by the quality score: what one quality point costs. */
function perQualityPoint(row: PriceRow): number | null {
  if (row.inputUsdPerToken === null || row.outputUsdPerToken === null || !row.quality) return null;
  return (((row.inputUsdPerToken * 3 + row.outputUsdPerToken) / 4) * 1_000_000) / row.quality;
}

const SORTERS: Record<SortKey, (row: PriceRow) => number | string | null> = {
  model: (row) => `${row.provider}/${row.model}`.toLowerCase(),
  input: (row) => row.inputUsdPerToken,
  output: (row) => row.outputUsdPerToken,
  context: (row) => row.contextWindow,
  quality: (row) => row.quality,
  perQuality: perQualityPoint,
  tier: (row) => (row.tier ? TIERS.indexOf(row.tier) : null),
};

function compare(a: number | string | null, b: number | string | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return typeof a === 'string' ? a.localeCompare(String(b)) : a - Number(b);
}

export function ModelsPricesPage() {
  const providers = useProviders();
  const table = usePrices((state) => state.table);
  const refreshing = usePrices((state) => state.refreshing);
  const [query, setQuery] = useState('');
  const [provider, setProvider] = useState<ProviderId | ''>('');
  const [tier, setTier] = useState<Tier | ''>('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'model',
    descending: false,
  });
  const ids = { search: useId(), provider: useId(), tier: useId() };

  useEffect(() => {
    void usePrices.getState().load();
  }, []);

  const rows = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const filtered = (table?.rows ?? []).filter(
      (row) =>
        (!provider || row.provider === provider) &&
        (!tier || row.tier === tier) &&
        words.every((word) => `${row.provider}/${row.model}`.toLowerCase().includes(word)),
    );
    const key = SORTERS[sort.key];
    return filtered.sort((a, b) => {
      const order = compare(key(a), key(b));
      return sort.descending ? -order : order;
    });
  }, [table, query, provider, tier, sort]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => setSort({ key, descending: sort.key === key && !sort.descending })}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  return (
    <>
      <PageHeader
        title="Models & Prices"
        summary="Every known model with its price per million tokens, context window, quality score and tier; each number with its source and date. Works offline."
      />
      <PromptAdvisor />
      <OverrideForm />
      <div className="toolbar">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="e.g. minimax m2"
        />
        <label htmlFor={ids.provider}>Provider</label>
        <select
          id={ids.provider}
          value={provider}
          onChange={(event) => setProvider(event.target.value as ProviderId | '')}
        >
          <option value="">All</option>
          {providers.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.displayName}
            </option>
          ))}
        </select>
        <label htmlFor={ids.tier}>Tier</label>
        <select id={ids.tier} value={tier} onChange={(event) => setTier(event.target.value as Tier | '')}>
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
      <p className="hint" role="status">
        {table
          ? `${rows.length} of ${table.rows.length} models. ${table.refresh.message}`
          : 'Loading prices…'}
      </p>
      <div className="table-scroll">
        <table className="prices">
          <caption className="visually-hidden">Models and prices, USD per 1M tokens</caption>
          <thead>
            <tr>
              {header('model', 'Model')}
              {header('tier', 'Tier')}
              {header('quality', 'Quality')}
              {header('input', 'Input')}
              {header('output', 'Output')}
              <th scope="col">Cache read</th>
              <th scope="col">Cache write</th>
              {header('context', 'Context')}
              {header('perQuality', '$ / quality pt')}
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.provider}/${row.model}`}>
                <th scope="row">
                  <span className="provider">{row.provider}/</span>
                  {row.model}
                  {row.estimated ? <span className="badge warn">estimated</span> : null}
                </th>
                <td>
                  <TierBadge tier={row.tier} reason={row.tierReason} />
                </td>
                <td title={row.qualitySource ?? 'No published score'}>{row.quality ?? '—'}</td>
                <td>{money(perMillion(row.inputUsdPerToken))}</td>
                <td>{money(perMillion(row.outputUsdPerToken))}</td>
                <td>{money(perMillion(row.cacheReadUsdPerToken))}</td>
                <td>{money(perMillion(row.cacheWriteUsdPerToken))}</td>
                <td>{row.contextWindow?.toLocaleString() ?? '—'}</td>
                <td>{money(perQualityPoint(row))}</td>
                <td className="source">
                  {row.source} · <span className="nowrap">{row.asOf}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
