import { useState } from 'react';
import { useNavigation } from '../../app/navigation-store.ts';
import { getArena } from '../../lib/arena.ts';
import { usePrices } from './prices-store.ts';

/**
 * "Refresh quality scores" with the stored Artificial Analysis key, and what the last refresh did.
 * Without a key, a link to the Keys page.
 */
export function QualityRefresh() {
  const status = usePrices((state) => state.table?.qualityRefresh ?? null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function refresh() {
    setBusy(true);
    const result = await getArena()?.prices.refreshQuality();
    setBusy(false);
    if (!result) return;
    if (result.ok) {
      usePrices.setState({ table: result.value, error: null });
      setFailure(null);
    } else setFailure(result.error.message);
  }

  return (
    <div className="toolbar quality-refresh">
      <button type="button" onClick={() => void refresh()} disabled={busy}>
        {busy ? 'Refreshing quality scores…' : 'Refresh quality scores'}
      </button>
      <p className="hint" role="status" aria-label="Quality refresh">
        {failure ?? status?.message ?? ''}
        {status?.state === 'no_key' ? (
          <>
            {' '}
            <button type="button" className="link" onClick={() => useNavigation.getState().go('keys')}>
              Open the Keys page
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
