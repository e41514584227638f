// "Presets": the built-in line-ups, your own saved ones (apply, delete) and "Save current as…".
// Applying replaces the columns, after a confirmation when a conversation would be lost.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { ColumnSetup } from '../../../../../src-shared/settings.ts';
import { useProviders } from '../../../lib/use-providers.ts';
import { useKeyedProviders } from '../add-model/use-keyed-providers.ts';
import { usePriceTable } from '../model-facts.ts';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { BUILTIN_PRESETS } from './builtin-presets.ts';
import { SavePresetForm } from './SavePresetForm.tsx';
import '../playground-setup.css';
import './presets.css';

interface Pending {
  name: string;
  columns: ColumnSetup[];
}

export function PresetMenu() {
  const presets = usePlaygroundSetup((state) => state.presets);
  const saveError = usePlaygroundSetup((state) => state.saveError);
  const conversation = usePlaygroundRun((state) => state.columns.size > 0);
  const table = usePriceTable();
  const providers = useProviders();
  const { keyed } = useKeyedProviders();
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);

  const closeMenu = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  const apply = (name: string, columns: ColumnSetup[]) => {
    usePlaygroundRun.getState().newConversation();
    usePlaygroundSetup.getState().replaceColumns(columns);
    setPending(null);
    setStatus(`Applied "${name}": ${columns.length} ${columns.length === 1 ? 'column' : 'columns'}.`);
    closeMenu();
  };
  const choose = (name: string, columns: ColumnSetup[]) => {
    if (columns.length === 0) {
      setStatus(
        table && providers.length > 0
          ? `"${name}" found no priced model for the providers you have keys for.`
          : `"${name}" has no model to add yet: the price list has not loaded.`,
      );
    } else if (conversation) setPending({ name, columns });
    else apply(name, columns);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    event.preventDefault();
    event.stopPropagation();
    if (pending) setPending(null);
    else closeMenu();
  };

  return (
    <div className="pg-presets">
      <details ref={menu} className="pg-preset-menu" onKeyDown={onKeyDown} onToggle={() => setPending(null)}>
        <summary>Presets</summary>
        <div className="floating-panel pg-preset-panel">
          {pending ? (
            <div className="pg-confirm" role="alertdialog" aria-label="Replace the columns?">
              <p>Apply "{pending.name}"? It replaces the columns and ends this conversation.</p>
              <button type="button" className="primary" onClick={() => apply(pending.name, pending.columns)}>
                Replace columns
              </button>
              <button type="button" onClick={() => setPending(null)}>
                Keep current
              </button>
            </div>
          ) : null}
          <ul aria-label="Built-in presets">
            {BUILTIN_PRESETS.map((preset) => (
              <li key={preset.name}>
                <button
                  type="button"
                  className="quiet"
                  onClick={() => choose(preset.name, preset.columns(table?.rows ?? [], providers, keyed))}
                >
                  {preset.name}
                </button>
                <span className="hint">{preset.description}</span>
              </li>
            ))}
          </ul>
          {presets.length > 0 ? (
            <ul aria-label="Your presets">
              {presets.map((preset) => (
                <li key={preset.name}>
                  <button type="button" className="quiet" onClick={() => choose(preset.name, preset.columns)}>
                    {preset.name}
                  </button>
                  <span className="hint">
                    {preset.columns.length} {preset.columns.length === 1 ? 'model' : 'models'}
                  </span>
                  <button
                    type="button"
                    className="quiet pg-delete"
                    aria-label={`Delete preset ${preset.name}`}
                    onClick={() => {
                      usePlaygroundSetup.getState().deletePreset(preset.name);
                      setStatus(`Deleted "${preset.name}".`);
                      // The button is gone: keep focus in the menu.
                      menu.current?.querySelector('summary')?.focus();
                    }}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <SavePresetForm onSaved={(name) => setStatus(`Saved the current columns as "${name}".`)} />
        </div>
      </details>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {saveError ? (
        <p className="pg-field-error" role="alert">
          {saveError}
        </p>
      ) : null}
    </div>
  );
}
