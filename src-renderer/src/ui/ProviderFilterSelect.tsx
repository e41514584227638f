import type { ProviderId } from '../../../src-shared/domain.ts';
import { useProviders } from '../lib/use-providers.ts';

interface ProviderFilterSelectProps {
  id: string;
  /** '' for every provider. */
  value: ProviderId | '';
  onChange: (provider: ProviderId | '') => void;
}

/** A filter's provider choice: "All", then each provider main knows, by the name people know it by. */
export function ProviderFilterSelect({ id, value, onChange }: ProviderFilterSelectProps) {
  const providers = useProviders();
  return (
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
  );
}
