// The shared defaults every column starts from (each column's gear overrides them), and the limits:
// a menu whose closed button says in a few words what is set.
import { useRef } from 'react';
import type { CompareParams } from '../../../../../src-shared/compare.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { useDismissableDetails } from '../use-dismissable-details.ts';
import { defaultsSummary } from './defaults-summary.ts';
import { ParamsFields } from './ParamsFields.tsx';
import { StreamLimitsFields } from './StreamLimitsFields.tsx';
import '../playground-setup.css';
import './column-settings.css';

const setDefaults = (defaults: CompareParams) => usePlaygroundSetup.getState().setDefaults(defaults);

export function DefaultsMenu() {
  const defaults = usePlaygroundSetup((state) => state.defaults);
  const menu = useRef<HTMLDetailsElement>(null);
  const onKeyDown = useDismissableDetails(menu);
  return (
    <details ref={menu} className="pg-defaults-menu" onKeyDown={onKeyDown}>
      <summary title="Temperature, output limit and reasoning for every column; each column's gear overrides them">
        <span>Defaults</span> <span className="pg-menu-summary">{defaultsSummary(defaults)}</span>
      </summary>
      <div className="floating-panel pg-defaults-panel">
        <fieldset className="pg-defaults">
          <legend>Defaults for every column</legend>
          <ParamsFields params={defaults} onChange={setDefaults} inherited={null} showEffort />
        </fieldset>
        <StreamLimitsFields />
      </div>
    </details>
  );
}
