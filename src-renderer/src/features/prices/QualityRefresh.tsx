import type { QualityRefreshStatus } from '../../../../src-shared/quality.ts';
import { useNavigation } from '../../app/navigation-store.ts';
import { usePrices } from './prices-store.ts';

/** "Refresh quality scores" with the stored Artificial Analysis key. */
export function RefreshQualityButton() {
  const busy = usePrices((state) => state.refreshingQuality);
  return (
    <button type="button" onClick={() => void usePrices.getState().refreshQuality()} disabled={busy}>
      {busy ? 'Refreshing quality scores…' : 'Refresh quality scores'}
    </button>
  );
}

/** A failure the user should see as one, rather than as a grey note. */
const isFailure = (status: QualityRefreshStatus | null, callFailed: boolean): boolean =>
  callFailed || status?.state === 'failed' || status?.state === 'no_key';

/**
 * What the last refresh did, on one line so the table below never moves: the full text is on hover
 * (and read whole by screen readers). A failure is in the warning tone; when the key is the problem
 * (none, refused, unreadable), a button leads to the Keys page.
 */
export function QualityRefreshLine() {
  const status = usePrices((state) => state.table?.qualityRefresh ?? null);
  const callError = usePrices((state) => state.qualityRefreshError);
  const text = callError ?? status?.message ?? '';
  const warn = isFailure(status, callError !== null);
  const keysPage = status !== null && (status.state === 'no_key' || status.keyProblem === true);
  return (
    <div className={`quality-refresh-line${warn ? ' warn' : ''}`} role="status" aria-label="Quality refresh">
      <span className="quality-refresh-text" title={text}>
        {text}
      </span>
      {keysPage ? (
        <button type="button" className="link" onClick={() => useNavigation.getState().go('keys')}>
          Open the Keys page
        </button>
      ) : null}
    </div>
  );
}
