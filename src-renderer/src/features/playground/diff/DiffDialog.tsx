// Any column's answer against a chosen reference column, word by word, side by side or inline.
import { useId, useMemo, useState } from 'react';
import { useModalDialog } from '../../../ui/modal-dialog.ts';
import { DiffText } from './DiffText.tsx';
import { diffAnswers, MAX_DIFF_CHARS } from './word-diff.ts';
import './diff.css';

export interface DiffColumn {
  id: string;
  /** "provider/model" (with " #2" for a duplicate). */
  label: string;
  text: string;
}

interface DiffDialogProps {
  /** The columns that have an answer, in the Playground's order. */
  columns: readonly DiffColumn[];
  comparedId: string;
  onClose: () => void;
}

const COUNT = new Intl.NumberFormat('en-US');
const words = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'word' : 'words'}`;

interface ColumnChoiceProps {
  label: string;
  columns: readonly DiffColumn[];
  value: string;
  onChange: (columnId: string) => void;
}

function ColumnChoice({ label, columns, value, onChange }: ColumnChoiceProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {columns.map((column) => (
          <option key={column.id} value={column.id}>
            {column.label}
          </option>
        ))}
      </select>
    </>
  );
}

export function DiffDialog({ columns, comparedId: initialCompared, onClose }: DiffDialogProps) {
  const [comparedId, setComparedId] = useState(initialCompared);
  const [referenceId, setReferenceId] = useState(
    () => columns.find((column) => column.id !== initialCompared)?.id ?? initialCompared,
  );
  const [view, setView] = useState<'side-by-side' | 'inline'>('side-by-side');
  const { dialogProps, dismiss: close } = useModalDialog(onClose);
  const titleId = useId();
  const reference = columns.find((column) => column.id === referenceId);
  const compared = columns.find((column) => column.id === comparedId);
  const diff = useMemo(
    () => (reference && compared ? diffAnswers(reference.text, compared.text) : null),
    [reference, compared],
  );

  const notes: string[] = ['Spacing differences are ignored.'];
  if (diff?.capped) {
    notes.push(`Only the first ${COUNT.format(MAX_DIFF_CHARS)} characters of each answer are compared.`);
  }
  if (diff?.coarse) notes.push('Passages too different to match word by word are shown whole.');

  return (
    <dialog {...dialogProps} className="diff-dialog" aria-labelledby={titleId}>
      <div className="diff-head">
        <h2 id={titleId}>Compare answers</h2>
        <button type="button" className="quiet" onClick={close}>
          Close
        </button>
      </div>
      <div className="diff-controls">
        <ColumnChoice label="Reference" columns={columns} value={referenceId} onChange={setReferenceId} />
        <ColumnChoice label="Compared" columns={columns} value={comparedId} onChange={setComparedId} />
        <fieldset className="diff-view-toggle">
          <legend className="visually-hidden">View</legend>
          <button
            type="button"
            aria-pressed={view === 'side-by-side'}
            onClick={() => setView('side-by-side')}
          >
            Side by side
          </button>
          <button type="button" aria-pressed={view === 'inline'} onClick={() => setView('inline')}>
            Inline
          </button>
        </fieldset>
      </div>
      {diff && reference && compared ? (
        <>
          <p className="diff-summary" role="status">
            {words(diff.added)} added, {words(diff.removed)} removed in {compared.label} against{' '}
            {reference.label}. <span className="hint">{notes.join(' ')}</span>
          </p>
          <p className="diff-legend hint" aria-hidden="true">
            <ins>underlined</ins>: added · <del>struck through</del>: removed
          </p>
          {view === 'inline' ? (
            <section
              className="diff-pane diff-single"
              aria-label={`${compared.label} against ${reference.label}`}
            >
              <div className="diff-text">
                <DiffText parts={diff.parts} side="inline" />
              </div>
            </section>
          ) : (
            <div className="diff-sides">
              <section className="diff-pane" aria-label={`Reference: ${reference.label}`}>
                <h3>{reference.label}</h3>
                <div className="diff-text">
                  <DiffText parts={diff.parts} side="reference" />
                </div>
              </section>
              <section className="diff-pane" aria-label={`Compared: ${compared.label}`}>
                <h3>{compared.label}</h3>
                <div className="diff-text">
                  <DiffText parts={diff.parts} side="compared" />
                </div>
              </section>
            </div>
          )}
        </>
      ) : (
        <p className="hint">That column has no answer to compare any more.</p>
      )}
    </dialog>
  );
}
