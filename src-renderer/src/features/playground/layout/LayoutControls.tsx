import { Keyboard, LayoutGrid } from 'lucide-react';
import { BlindToggle } from '../blind/BlindToggle.tsx';
import { usePlaygroundSetup } from '../setup-store.ts';
import { usePlaygroundView } from '../view-store.ts';

/** Blind, grid or side by side, sync scroll, and the shortcut list. */
export function LayoutControls() {
  const layout = usePlaygroundSetup((state) => state.layout);
  const syncScroll = usePlaygroundSetup((state) => state.syncScroll);
  const setup = usePlaygroundSetup.getState;
  return (
    <fieldset className="pg-layout-controls">
      <legend className="visually-hidden">View</legend>
      <BlindToggle />
      <button
        type="button"
        className="quiet pg-toggle"
        aria-label="Grid layout"
        aria-pressed={layout === 'grid'}
        title="Columns in a grid instead of side by side"
        onClick={() => setup().setLayout(layout === 'grid' ? 'row' : 'grid')}
      >
        <LayoutGrid aria-hidden="true" size={16} /> Grid
      </button>
      <label className="pg-checkbox" title="Scrolling one answer scrolls the others to the same place">
        <input
          type="checkbox"
          checked={syncScroll}
          onChange={(event) => setup().setSyncScroll(event.target.checked)}
        />
        Sync scroll
      </label>
      <button
        type="button"
        className="quiet pg-toggle"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => usePlaygroundView.getState().setHelpOpen(true)}
      >
        <Keyboard aria-hidden="true" size={16} /> ?
      </button>
    </fieldset>
  );
}
