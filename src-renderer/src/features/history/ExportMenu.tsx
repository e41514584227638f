// "Export…": one run or the whole conversation as Markdown, JSON or CSV. Main asks where to save
// (a save dialog) and writes the file; the saved path is said here (role=status).
import { useId, useRef, useState } from 'react';
import type { ExportFormat, ExportResult } from '../../../../src-shared/history.ts';
import { getArena } from '../../lib/arena.ts';
import { useDismissableDetails } from '../playground/use-dismissable-details.ts';
import './export-menu.css';

const FORMATS: readonly { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'markdown', label: 'Markdown', hint: 'a readable report' },
  { id: 'json', label: 'JSON', hint: 'everything stored' },
  { id: 'csv', label: 'CSV', hint: 'metrics, one row per answer' },
];

interface ExportMenuProps {
  conversationId: string;
  /** The run "This run" exports; without it, only the whole conversation is offered. */
  runId?: string | null;
  /** Why exporting must wait (a run still streaming), or null. */
  blockedReason?: string | null;
  /** Which edge of the button the panel lines up with: 'end' near the right edge of the page. */
  align?: 'start' | 'end';
}

type Outcome = { kind: 'saved' | 'cancelled'; message: string } | { kind: 'failed'; message: string };

const SIZE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${SIZE.format(bytes / 1024)} KB`
      : `${SIZE.format(bytes / 1024 / 1024)} MB`;

function describe(result: ExportResult): Outcome {
  if (!result.saved || !result.path)
    return { kind: 'cancelled', message: 'Export cancelled: nothing was saved.' };
  return { kind: 'saved', message: `Saved to ${result.path} (${sizeText(result.bytes)}).` };
}

export function ExportMenu({
  conversationId,
  runId = null,
  blockedReason = null,
  align = 'start',
}: ExportMenuProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [scope, setScope] = useState<'run' | 'conversation'>(runId ? 'run' : 'conversation');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const name = useId();

  const onKeyDown = useDismissableDetails(menu);
  const run = async () => {
    const arena = getArena();
    if (!arena || busy || blockedReason) return;
    setBusy(true);
    setOutcome(null);
    const oneRun = scope === 'run' && runId;
    const result = await arena.history.export({ conversationId, format, ...(oneRun ? { runId } : {}) });
    setBusy(false);
    if (menu.current) menu.current.open = false;
    menu.current?.querySelector('summary')?.focus();
    setOutcome(result.ok ? describe(result.value) : { kind: 'failed', message: result.error.message });
  };

  return (
    <div className="export">
      <details ref={menu} className="export-menu" onKeyDown={onKeyDown}>
        <summary>Export…</summary>
        <div className={`floating-panel export-panel export-panel-${align}`}>
          <fieldset>
            <legend>Format</legend>
            {FORMATS.map((entry) => (
              <label key={entry.id}>
                <input
                  type="radio"
                  name={`${name}-format`}
                  value={entry.id}
                  checked={format === entry.id}
                  onChange={() => setFormat(entry.id)}
                />
                {entry.label} <span className="hint">{entry.hint}</span>
              </label>
            ))}
          </fieldset>
          {runId ? (
            <fieldset>
              <legend>What</legend>
              <label>
                <input
                  type="radio"
                  name={`${name}-scope`}
                  checked={scope === 'run'}
                  onChange={() => setScope('run')}
                />
                The latest run
              </label>
              <label>
                <input
                  type="radio"
                  name={`${name}-scope`}
                  checked={scope === 'conversation'}
                  onChange={() => setScope('conversation')}
                />
                The whole conversation
              </label>
            </fieldset>
          ) : null}
          <button
            type="button"
            className="primary"
            aria-disabled={Boolean(blockedReason) || busy}
            aria-description={blockedReason ?? undefined}
            onClick={() => void run()}
          >
            {busy ? 'Exporting…' : 'Export'}
          </button>
          {blockedReason ? <p className="hint">{blockedReason}</p> : null}
        </div>
      </details>
      <p
        className={outcome?.kind === 'failed' ? 'export-status export-failed' : 'export-status'}
        role="status"
        title={outcome?.message || undefined}
      >
        {outcome?.message ?? ''}
      </p>
    </div>
  );
}
