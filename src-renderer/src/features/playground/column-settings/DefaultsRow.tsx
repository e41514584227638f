// The shared defaults every column starts from (each column's gear overrides them), and the limits.
import type { CompareParams } from '../../../../../src-shared/compare.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { ParamsFields } from './ParamsFields.tsx';
import { StreamLimitsFields } from './StreamLimitsFields.tsx';
import '../playground-setup.css';
import './column-settings.css';

const setDefaults = (defaults: CompareParams) => usePlaygroundSetup.getState().setDefaults(defaults);

export function DefaultsRow() {
  const defaults = usePlaygroundSetup((state) => state.defaults);
  return (
    <fieldset className="pg-defaults">
      <legend>Defaults for every column</legend>
      <ParamsFields params={defaults} onChange={setDefaults} inherited={null} showEffort />
      <StreamLimitsFields />
    </fieldset>
  );
}
