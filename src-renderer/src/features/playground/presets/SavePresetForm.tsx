import { type FormEvent, useId, useState } from 'react';
import { usePlaygroundSetup } from '../setup-store.ts';

const MAX_NAME = 80;
const MAX_PRESETS = 50;

/** "Save current as…": names the current columns as a preset of your own (a same-named one is replaced). */
export function SavePresetForm({ onSaved }: { onSaved: (name: string) => void }) {
  const columns = usePlaygroundSetup((state) => state.columns.length);
  const presets = usePlaygroundSetup((state) => state.presets);
  const [name, setName] = useState('');
  const ids = { name: useId(), hint: useId() };
  const trimmed = name.trim();
  const replaces = presets.some((preset) => preset.name === trimmed);
  const blocker =
    columns === 0
      ? 'Add a model first: a preset saves the current columns.'
      : !replaces && presets.length >= MAX_PRESETS
        ? `You have ${MAX_PRESETS} presets, the most kept: delete one first.`
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocker || !trimmed) return;
    if (usePlaygroundSetup.getState().savePreset(trimmed)) {
      setName('');
      onSaved(trimmed);
    }
  };
  return (
    <form className="pg-save-preset" onSubmit={submit} aria-label="Save current as preset">
      <label htmlFor={ids.name}>Save current as…</label>
      <input
        id={ids.name}
        type="text"
        maxLength={MAX_NAME}
        placeholder="Preset name"
        value={name}
        aria-describedby={ids.hint}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" disabled={blocker !== null || !trimmed}>
        Save
      </button>
      <p id={ids.hint} className="hint">
        {blocker ??
          (replaces ? `Replaces your preset "${trimmed}".` : 'Saves the current columns and their settings.')}
      </p>
    </form>
  );
}
