import { EyeOff } from 'lucide-react';
import { useBlind } from './blind-store.ts';

/** "Blind": the next run hides which model wrote which answer until you vote. */
export function BlindToggle() {
  const enabled = useBlind((state) => state.enabled);
  return (
    <label
      className="pg-checkbox pg-blind-toggle"
      title="Blind: the next run shows its answers shuffled as Model A, B, … with no names, tiers, quality or cost, until you vote"
    >
      <input
        type="checkbox"
        checked={enabled}
        onChange={(event) => useBlind.getState().setEnabled(event.target.checked)}
      />
      <EyeOff aria-hidden="true" size={16} /> Blind
    </label>
  );
}
