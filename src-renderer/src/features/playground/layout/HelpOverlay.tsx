import { useEffect, useRef } from 'react';
import { trapTab } from '../../../ui/modal-dialog.ts';
import { usePlaygroundView } from '../view-store.ts';
import './help-overlay.css';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: readonly [keys: string, action: string][] = [
  [`${MOD}+Enter`, 'Run the prompt in every column'],
  ['Esc', 'Cancel all while running; restore a maximized column; close this list'],
  [`${MOD}+B`, 'Fold or unfold the sidebar'],
  [`${MOD}+1 … ${MOD}+5`, 'Go to Playground, Keys, Models & Prices, Plan, History'],
  ['?', 'Show these shortcuts (outside text fields)'],
  ['Tab, Shift+Tab', "Move between controls; each column's buttons move, maximize and remove it"],
];

/** The shortcut list: a modal dialog (the page behind is inert), Esc or Close shuts it. */
export function HelpOverlay() {
  const open = usePlaygroundView((state) => state.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="pg-help"
      aria-labelledby="pg-help-title"
      onKeyDown={trapTab}
      onClose={() => {
        usePlaygroundView.getState().setHelpOpen(false);
        opener.current?.focus();
      }}
    >
      <h2 id="pg-help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => usePlaygroundView.getState().setHelpOpen(false)}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
