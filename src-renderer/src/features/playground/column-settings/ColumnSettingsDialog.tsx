// One column's settings: its overrides of the shared defaults, and where and with which key it runs.
import { useCallback, useId, useState } from 'react';
import type { Region, WireId } from '../../../../../src-shared/domain.ts';
import { isUsableKey } from '../../../../../src-shared/keys.ts';
import { useProviders } from '../../../lib/use-providers.ts';
import { useModalDialog } from '../../../ui/modal-dialog.ts';
import { useKeys } from '../../keys/keys-store.ts';
import { type PlaygroundColumn, usePlaygroundSetup } from '../setup-store.ts';
import { parseBaseUrl } from './field-rules.ts';
import { ParamsFields } from './ParamsFields.tsx';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

interface DialogProps {
  columnId: string;
  label: string;
  onClose: () => void;
}

const update = (id: string, patch: Partial<PlaygroundColumn>) =>
  usePlaygroundSetup.getState().update(id, patch);

export function ColumnSettingsDialog({ columnId, label, onClose }: DialogProps) {
  const column = usePlaygroundSetup((state) => state.columns.find((entry) => entry.id === columnId));
  const defaults = usePlaygroundSetup((state) => state.defaults);
  const provider = useProviders().find((entry) => entry.id === column?.provider);
  const keys = useKeys((state) => state.keys)
    .filter(isUsableKey)
    .filter((key) => key.provider === column?.provider);
  // A column that had a key chosen keeps its picker while the dialog is open, even once it is cleared.
  const [choseKey] = useState(() => column?.keyId !== undefined);
  const titleId = useId();
  const { dialogProps, dismiss: close } = useModalDialog(onClose);
  const parseUrl = useCallback((text: string) => parseBaseUrl(text), []);

  if (!column) return null;
  const defaultKey = keys.find((key) => key.isDefault) ?? keys[0];
  // Chosen once, then removed on the Keys page: runs use the default key until another is chosen.
  const chosenKeyRemoved = column.keyId !== undefined && !keys.some((key) => key.id === column.keyId);
  const region: Region = column.region ?? defaultKey?.region ?? 'global';
  const wire: WireId | undefined = column.wire ?? provider?.wires[0];
  const defaultUrl = wire ? provider?.defaultBaseUrls[region]?.[wire] : undefined;
  const modelInfo = provider?.modelInfo.find((model) => model.id === column.model);

  return (
    <dialog {...dialogProps} className="pg-settings-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>Settings for {label}</h2>
      <p className="hint">Empty fields use the shared defaults shown in grey.</p>
      <div className="pg-settings-grid">
        <ParamsFields
          params={column.params ?? {}}
          onChange={(params) =>
            update(column.id, { params: Object.keys(params).length > 0 ? params : undefined })
          }
          inherited={defaults}
          {...(modelInfo?.maxOutputTokens ? { modelMaxOutput: modelInfo.maxOutputTokens } : {})}
          showEffort={provider?.reasoningEffort ?? false}
        />
        {provider && provider.regions.length > 1 ? (
          <SelectField
            label="Region"
            value={column.region ?? ''}
            onChange={(value) => update(column.id, { region: (value || undefined) as Region | undefined })}
          >
            <option value="">From the key ({defaultKey?.region ?? 'global'})</option>
            {provider.regions.map((entry) => (
              <option key={entry} value={entry}>
                {entry === 'china' ? 'China' : 'Global'}
              </option>
            ))}
          </SelectField>
        ) : null}
        {provider && provider.wires.length > 1 ? (
          <SelectField
            label="Wire"
            value={column.wire ?? ''}
            onChange={(value) => update(column.id, { wire: (value || undefined) as WireId | undefined })}
          >
            <option value="">Default ({provider.wires[0]})</option>
            {provider.wires.map((entry) => (
              <option key={entry} value={entry}>
                {entry === 'openai-chat' ? 'OpenAI chat' : 'Anthropic messages'}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          className="pg-field pg-field-wide"
          label="Base URL"
          value={column.baseUrl}
          placeholder={defaultUrl ?? 'https://…'}
          parse={parseUrl}
          inputMode="url"
          onCommit={(baseUrl) => update(column.id, { baseUrl })}
        />
        {keys.length > 1 || column.keyId !== undefined || choseKey ? (
          <SelectField
            className="pg-field pg-field-wide"
            label="Key"
            value={column.keyId ?? ''}
            onChange={(value) => update(column.id, { keyId: value || undefined })}
          >
            <option value="">
              Default key ({defaultKey ? defaultKey.label || defaultKey.masked : 'none stored'})
            </option>
            {chosenKeyRemoved ? <option value={column.keyId}>(removed key) — choose another</option> : null}
            {keys.map((key) => (
              <option key={key.id} value={key.id}>
                {key.label ? `${key.label} · ${key.masked}` : key.masked}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="hint pg-field-wide">
            Key:{' '}
            {provider?.keyOptional && keys.length === 0
              ? 'none needed'
              : defaultKey
                ? `the default ${provider?.displayName ?? column.provider} key (${defaultKey.label || defaultKey.masked})`
                : 'none stored yet: add one on the Keys page'}
          </p>
        )}
      </div>
      <div className="pg-dialog-actions">
        <button type="button" className="primary" onClick={close}>
          Done
        </button>
      </div>
    </dialog>
  );
}
