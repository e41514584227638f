// How long a column may take, for every run: the whole request, and the longest wait for a token.
import { useCallback, useState } from 'react';
import {
  DEFAULT_SETTINGS,
  STREAM_LIMIT_RANGES,
  type StreamLimits,
} from '../../../../../src-shared/settings.ts';
import { useSettings } from '../../settings/settings-store.ts';
import { parseWhole } from './field-rules.ts';
import { TextField } from './TextField.tsx';

const { requestTimeoutSec: REQUEST, eventTimeoutSec: EVENT } = STREAM_LIMIT_RANGES;
const parseRequest = (text: string) => parseWhole(text, REQUEST.min, REQUEST.max, 'Whole-request timeout');
const parseEvent = (text: string) => parseWhole(text, EVENT.min, EVENT.max, 'No-answer timeout');
const DEFAULTS = DEFAULT_SETTINGS.streamLimits;

export function StreamLimitsFields() {
  const limits = useSettings((state) => state.settings.streamLimits);
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(async (patch: Partial<StreamLimits>) => {
    const result = await useSettings
      .getState()
      .setStreamLimits({ ...useSettings.getState().settings.streamLimits, ...patch });
    setError(result && !result.ok ? `Not saved: ${result.error.message}` : null);
  }, []);
  return (
    <fieldset className="pg-limits">
      <legend>Limits</legend>
      <div className="pg-limits-fields">
        <TextField
          label="Whole-request timeout (s)"
          value={limits.requestTimeoutSec}
          placeholder={String(DEFAULTS.requestTimeoutSec)}
          parse={parseRequest}
          inputMode="numeric"
          onCommit={(value) => value !== undefined && void save({ requestTimeoutSec: value })}
        />
        <TextField
          label="No-answer timeout (s)"
          value={limits.eventTimeoutSec}
          placeholder={String(DEFAULTS.eventTimeoutSec)}
          parse={parseEvent}
          inputMode="numeric"
          onCommit={(value) => value !== undefined && void save({ eventTimeoutSec: value })}
        />
        <p className="hint">
          A column stops when its whole answer takes longer than the first, or nothing new arrives for the
          second.
        </p>
        {error ? (
          <p className="pg-field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
