// Temperature, max output tokens, reasoning and effort: the shared defaults' fields and a column's.
import { useCallback } from 'react';
import type { CompareParams } from '../../../../../src-shared/compare.ts';
import {
  definedParams,
  EFFORTS,
  effortFrom,
  parseMaxOutputTokens,
  parseTemperature,
  type ReasoningChoice,
  reasoningChoice,
  reasoningFrom,
} from './field-rules.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

interface ParamsFieldsProps {
  params: CompareParams;
  onChange: (params: CompareParams) => void;
  /** What an empty field inherits (the shared defaults), or null where the provider decides. */
  inherited: CompareParams | null;
  /** The model's own output limit, when known. */
  modelMaxOutput?: number;
  showEffort: boolean;
}

/** What an empty field means: the shared value when one is set, else the model's own default. */
const inheritedText = (value: string | number | undefined) =>
  value !== undefined ? `${value} (shared)` : 'default';

export function ParamsFields({ params, onChange, inherited, modelMaxOutput, showEffort }: ParamsFieldsProps) {
  const set = (patch: CompareParams) => onChange(definedParams({ ...params, ...patch }));
  const parseMax = useCallback(
    (text: string) => parseMaxOutputTokens(text, modelMaxOutput),
    [modelMaxOutput],
  );
  const sharedReasoning = inherited?.reasoning;
  return (
    <>
      <TextField
        label="Temperature"
        value={params.temperature}
        placeholder={inheritedText(inherited?.temperature)}
        parse={parseTemperature}
        inputMode="decimal"
        onCommit={(temperature) => set({ temperature })}
      />
      <TextField
        label="Max output tokens"
        value={params.maxOutputTokens}
        placeholder={inheritedText(inherited?.maxOutputTokens)}
        parse={parseMax}
        inputMode="numeric"
        onCommit={(maxOutputTokens) => set({ maxOutputTokens })}
      />
      <SelectField
        label="Reasoning"
        value={reasoningChoice(params.reasoning)}
        onChange={(value) => set({ reasoning: reasoningFrom(value as ReasoningChoice) })}
      >
        <option value="">
          {sharedReasoning === undefined ? 'Default' : `Shared (${sharedReasoning ? 'on' : 'off'})`}
        </option>
        <option value="on">On</option>
        <option value="off">Off</option>
      </SelectField>
      {showEffort ? (
        <SelectField
          label="Effort"
          value={params.reasoningEffort ?? ''}
          onChange={(value) => set({ reasoningEffort: effortFrom(value) })}
        >
          <option value="">
            {inherited?.reasoningEffort ? `Shared (${inherited.reasoningEffort})` : 'Default'}
          </option>
          {EFFORTS.map((effort) => (
            <option key={effort} value={effort}>
              {effort[0]?.toUpperCase()}
              {effort.slice(1)}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}
