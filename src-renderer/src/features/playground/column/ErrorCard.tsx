import { useNavigation } from '../../../app/navigation-store.ts';
import { providerName } from '../../../lib/use-providers.ts';
import { useBlindMasked } from '../blind/blind-store.ts';
import { useReadOnlyColumns } from '../column-run-source.ts';
import { useColumnRun, usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { errorCodeLine } from './column-format.ts';

const KEY_PROBLEMS = new Set(['auth', 'plan_excludes_model', 'insufficient_balance']);

/** A failed column: the provider's message (which says what to do) and a way to try again. */
export function ErrorCard({ columnId }: { columnId: string }) {
  const error = useColumnRun(columnId, (run) => (run?.phase === 'failed' ? run.error : null));
  const readOnly = useReadOnlyColumns();
  const setupProvider = usePlaygroundSetup(
    (state) => state.columns.find((column) => column.id === columnId)?.provider ?? '',
  );
  const provider = readOnly ? (readOnly.providers.get(columnId) ?? '') : setupProvider;
  const masked = useBlindMasked(columnId);
  if (!error) return null;
  if (masked) {
    return (
      <div className="pg-error-card" role="alert">
        <p className="pg-error-title">This column failed</p>
        <p className="hint">Its error names the provider: it shows after you vote or reveal.</p>
      </div>
    );
  }
  return (
    <div className="pg-error-card" role="alert">
      <p className="pg-error-title">This column failed</p>
      <p className="pg-error-message">{error.message}</p>
      <p className="hint">{errorCodeLine(error, providerName(provider))}</p>
      {/* A stored answer is not retried where it is shown: History's "Re-run" starts a new run. */}
      {readOnly ? null : (
        <div className="actions">
          <button type="button" onClick={() => void usePlaygroundRun.getState().retry(columnId)}>
            Retry
          </button>
          {KEY_PROBLEMS.has(error.kind) ? (
            <button type="button" className="quiet" onClick={() => useNavigation.getState().go('keys')}>
              Open Keys
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
