import { formatPerMillion } from '../../prices/price-format.ts';
import type { ModelOption } from './model-options.ts';

interface ModelOptionRowProps {
  id: string;
  option: ModelOption;
  active: boolean;
  onPick: () => void;
  onPoint: () => void;
}

function priceText(option: ModelOption): string {
  const input = formatPerMillion(option.inputUsdPerToken);
  const output = formatPerMillion(option.outputUsdPerToken);
  return input && output ? `${input} in · ${output} out per 1M` : 'price unknown';
}

/** One option: provider/model, its price, and "no key" when it cannot be called yet. */
export function ModelOptionRow({ id, option, active, onPick, onPoint }: ModelOptionRowProps) {
  return (
    // The input keeps focus (aria-activedescendant); the mouse picks without taking it away.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard for its options.
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'pg-option active' : 'pg-option'}
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={active ? undefined : onPoint}
      onClick={onPick}
    >
      <span className="pg-option-name">
        <span className="pg-option-provider">{option.provider}/</span>
        {option.model}
      </span>
      <span className="pg-option-facts">
        {option.typed ? (
          <span>
            {option.provider === 'custom' ? 'on your custom server or Ollama' : 'not listed: typed'}
          </span>
        ) : (
          <span>{priceText(option)}</span>
        )}
        {option.needsKey ? <span className="badge warn">no key</span> : null}
      </span>
    </div>
  );
}
