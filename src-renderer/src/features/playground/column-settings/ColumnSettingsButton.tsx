// The gear in each column's header, and the dialog it opens; Esc or Done close it and focus returns to the gear.
import { Settings2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { columnLabels } from '../column-labels.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { ColumnSettingsDialog } from './ColumnSettingsDialog.tsx';
import '../playground-setup.css';
import './column-settings.css';

export function ColumnSettingsButton({ columnId }: { columnId: string }) {
  const label = usePlaygroundSetup((state) => columnLabels(state.columns).get(columnId));
  const [open, setOpen] = useState(false);
  const gear = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) gear.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!label) return null;
  return (
    <>
      <button
        ref={gear}
        type="button"
        className="quiet pg-gear"
        aria-label={`Settings for ${label}`}
        title={`Settings for ${label}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <Settings2 size={16} aria-hidden="true" />
      </button>
      {open ? (
        <ColumnSettingsDialog columnId={columnId} label={label} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
