// "Add model": an ARIA 1.2 combobox over every priced and listed model, plus typed provider/model.
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { MAX_COLUMNS } from '../../../../../src-shared/compare.ts';
import { useNavigation } from '../../../app/navigation-store.ts';
import { useProviders } from '../../../lib/use-providers.ts';
import { usePriceTable } from '../model-facts.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { ModelOptionRow } from './ModelOptionRow.tsx';
import { buildModelOptions, type ModelOption, optionsFor } from './model-options.ts';
import { useKeyedProviders } from './use-keyed-providers.ts';
import './add-model.css';

const MAX_QUERY = 300;

export function AddModel() {
  const table = usePriceTable();
  const providers = useProviders();
  const keys = useKeyedProviders();
  const columnCount = usePlaygroundSetup((state) => state.columns.length);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const ids = { input: useId(), list: useId(), hint: useId() };
  const container = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const options = useMemo(
    () => buildModelOptions(table?.rows ?? [], providers, keys),
    [table, providers, keys],
  );
  const result = useMemo(() => optionsFor(options, text, providers, keys), [options, text, providers, keys]);
  const shown = result.shown;
  const activeOption: ModelOption | undefined = open ? shown[active] : undefined;
  const optionId = (index: number) => `${ids.list}-option-${index}`;
  const full = columnCount >= MAX_COLUMNS;

  const activeId = open && shown[active] ? optionId(active) : null;
  useEffect(() => {
    if (activeId)
      list.current?.querySelector(`[id="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function add(option: ModelOption) {
    const added = usePlaygroundSetup.getState().add({ provider: option.provider, model: option.model });
    setAnnouncement(
      added
        ? `Added ${option.id}${option.needsKey ? ' (no key stored for it yet)' : ''}.`
        : `Not added: ${MAX_COLUMNS} columns is the most one run takes.`,
    );
    setText('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open || event.altKey) setOpen(true);
        else setActive((index) => (index >= last ? 0 : index + 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((index) => (index <= 0 ? Math.max(last, 0) : index - 1));
        return;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          add(activeOption);
        } else if (!open && text.trim()) {
          event.preventDefault();
          setOpen(true);
        }
        return;
      case 'Escape':
        // Handled here, not by the page (Esc there cancels every running column).
        if (open || text) {
          event.preventDefault();
          event.stopPropagation();
          if (open) setOpen(false);
          else setText('');
        }
        return;
      case 'Tab':
        return;
    }
  }

  const onBlur = (event: FocusEvent) => {
    if (!container.current?.contains(event.relatedTarget)) setOpen(false);
  };

  const keysNeeded = activeOption?.needsKey ? activeOption : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus leaving the input and its popup closes the list.
    <div className="pg-add-model" ref={container} onBlur={onBlur}>
      <label htmlFor={ids.input}>Add model</label>
      <div className="pg-combobox">
        <input
          id={ids.input}
          name="add-model"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={ids.list}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          aria-describedby={ids.hint}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY}
          placeholder="Search or type a model"
          disabled={full}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <div className="floating-panel pg-combobox-popup" hidden={!open}>
          <div id={ids.list} ref={list} role="listbox" aria-label="Models" className="pg-listbox">
            {open
              ? shown.map((option, index) => (
                  <ModelOptionRow
                    key={option.id}
                    id={optionId(index)}
                    option={option}
                    active={index === active}
                    onPick={() => add(option)}
                    onPoint={() => setActive(index)}
                  />
                ))
              : null}
          </div>
          <p className="pg-combobox-note">
            {result.unknownProvider !== null
              ? `"${result.unknownProvider}" is not a provider here: start with one of ${providers.map((provider) => provider.id).join(', ')}.`
              : shown.length === 0
                ? 'No model matches. Type provider/model (such as openai/gpt-5) to add any other.'
                : result.matched > shown.length
                  ? `${shown.length} of ${result.matched} matches shown: type more to narrow them.`
                  : `${result.matched} ${result.matched === 1 ? 'match' : 'matches'}.`}
          </p>
          {keysNeeded ? (
            <button
              type="button"
              className="pg-link"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => useNavigation.getState().go('keys')}
            >
              No key for {keysNeeded.providerName}: add one on the Keys page
            </button>
          ) : null}
        </div>
      </div>
      <p id={ids.hint} className={full ? 'pg-add-hint pg-limit' : 'pg-add-hint visually-hidden'}>
        {full
          ? `${MAX_COLUMNS} columns is the most one run takes: remove one to add another.`
          : 'Arrow keys choose, Enter adds, Escape closes.'}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
