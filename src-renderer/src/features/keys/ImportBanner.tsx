import { useEffect } from 'react';
import type { KeysStatus } from '../../../../src-shared/keys.ts';
import { getArena } from '../../lib/arena.ts';
import { useProviders } from '../../lib/use-providers.ts';
import { useKeys } from './keys-store.ts';

// A selector must return a stable value: a fresh [] on every call would re-render forever.
const NO_OFFER: KeysStatus['importOffer'] = [];

/**
 * Shown in the app frame from the first launch while keys found in environment variables are on
 * offer: a one-line pointer to the Keys page, where they can be imported. Hidden on the Keys page.
 */
export function ImportBanner({ hidden, onReview }: { hidden: boolean; onReview: () => void }) {
  const offer = useKeys((state) => state.status?.importOffer ?? NO_OFFER);
  const dismissImport = useKeys((state) => state.dismissImport);
  const providers = useProviders();

  useEffect(() => {
    if (getArena()) void useKeys.getState().load();
  }, []);

  if (hidden || offer.length === 0) return null;
  const names = [...new Set(offer.map((entry) => entry.provider))].map(
    (id) => providers.find((provider) => provider.id === id)?.displayName ?? id,
  );
  return (
    <section className="banner import-banner" aria-label="API keys found in your environment">
      <p>
        {offer.length === 1 ? 'An API key was' : `${offer.length} API keys were`} found in your environment
        variables ({names.join(', ')}). Nothing is imported unless you ask.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onReview}>
          Review on the Keys page
        </button>
        <button type="button" className="quiet" onClick={() => void dismissImport()}>
          Not now
        </button>
      </div>
    </section>
  );
}
