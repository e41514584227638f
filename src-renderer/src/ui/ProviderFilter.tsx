import { useId } from 'react';
import type { ProviderId } from '../../../src-shared/domain.ts';
import { useProviders } from '../lib/use-providers.ts';

interface ProviderFilterProps {
  /** '' for every provider. */
  value: ProviderId | '';
  onChange: (provider: ProviderId | '') => void;
}

/** A filter toolbar's "Provider": "All", then each provider main knows, by the name people know it by. */
export function ProviderFilter({ value, onChange }: ProviderFilterProps) {
  const providers = useProviders();
  const id = useId();
  return (
    <span className="toolbar-group">
      <label htmlFor={id}>Provider</label>
      <select
        id={id}
        value={value}
        onChange={(event) =>
          onChange(providers.find((provider) => provider.id === event.target.value)?.id ?? '')
        }
      >
        <option value="">All</option>
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.displayName}
          </option>
        ))}
      </select>
    </span>
  );
}
