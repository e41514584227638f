import { useEffect, useId, useState } from 'react';
import { useProviders } from '../../lib/use-providers.ts';
import { ProviderFilter } from '../../ui/ProviderFilter.tsx';
import { type HistoryFilter, isFiltered, NO_FILTER, useHistory } from './history-store.ts';

/** Typing pauses this long before the search runs, so each word is one query, not each key. */
const SEARCH_DELAY_MS = 250;

const apply = (patch: Partial<HistoryFilter>) =>
  useHistory.getState().setFilter({ ...useHistory.getState().filter, ...patch });

/** Search (prompts and answers), provider, model and date range. */
export function HistoryToolbar() {
  const filter = useHistory((state) => state.filter);
  const providers = useProviders();
  const [search, setSearch] = useState(filter.search);
  // A search cleared elsewhere ("Clear filters" under an empty list) empties the box as well.
  useEffect(() => setSearch(filter.search), [filter.search]);
  const ids = {
    search: useId(),
    model: useId(),
    models: useId(),
    from: useId(),
    to: useId(),
  };

  useEffect(() => {
    if (search === useHistory.getState().filter.search) return;
    const timer = setTimeout(() => apply({ search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const modelChoices = providers
    .filter((provider) => !filter.provider || provider.id === filter.provider)
    .flatMap((provider) => provider.modelInfo.map((model) => model.id));

  return (
    <search className="toolbar history-toolbar" aria-label="Find runs">
      <span className="toolbar-group">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          value={search}
          placeholder="Words in prompts or answers"
          onChange={(event) => setSearch(event.target.value)}
        />
      </span>
      <ProviderFilter value={filter.provider} onChange={(provider) => apply({ provider })} />
      <span className="toolbar-group">
        <label htmlFor={ids.model}>Model</label>
        <input
          id={ids.model}
          className="history-model-filter"
          list={ids.models}
          value={filter.model}
          placeholder="Any"
          onChange={(event) => apply({ model: event.target.value })}
        />
        <datalist id={ids.models}>
          {[...new Set(modelChoices)].map((model) => (
            <option key={model} value={model} />
          ))}
        </datalist>
      </span>
      <span className="toolbar-group">
        <label htmlFor={ids.from}>From</label>
        <input
          id={ids.from}
          type="date"
          value={filter.from}
          max={filter.to || undefined}
          onChange={(event) => apply({ from: event.target.value })}
        />
        <label htmlFor={ids.to}>to</label>
        <input
          id={ids.to}
          type="date"
          value={filter.to}
          min={filter.from || undefined}
          onChange={(event) => apply({ to: event.target.value })}
        />
      </span>
      {isFiltered(filter) || search ? (
        <button
          type="button"
          className="quiet"
          onClick={() => {
            setSearch('');
            useHistory.getState().setFilter(NO_FILTER);
          }}
        >
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
