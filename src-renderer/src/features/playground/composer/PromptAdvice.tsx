// The prompt's tier, and the cheapest model good enough for it that you have a key for, one click
// from being a column. Asks main (prices.recommend) once typing pauses.
import { useEffect, useState } from 'react';
import { MAX_COLUMNS } from '../../../../../src-shared/compare.ts';
import type { PromptAdvice as Advice } from '../../../../../src-shared/pricing.ts';
import { getArena } from '../../../lib/arena.ts';
import { TierBadge } from '../../../ui/TierBadge.tsx';
import { recommendationText } from '../../prices/advice-text.ts';
import { useChosenIndex } from '../../prices/use-chosen-index.ts';
import { usePlaygroundSetup } from '../setup-store.ts';

const ADVICE_DELAY_MS = 500;
/** prices.recommend's own bound: a longer prompt gets no advice rather than a refused call. */
const MAX_PROMPT = 2_000_000;

/** The advice for the prompt on the chosen quality index (asked again when either changes). */
function useAdvice(prompt: string, indexLabel: string): Advice | null {
  const [advice, setAdvice] = useState<Advice | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: main reads the index from the settings; a new one asks again.
  useEffect(() => {
    const text = prompt.trim() ? prompt : '';
    if (!text || text.length > MAX_PROMPT) {
      setAdvice(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void getArena()
        ?.prices.recommend({ prompt: text })
        .then((result) => {
          if (current) setAdvice(result.ok ? result.value : null);
        });
    }, ADVICE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [prompt, indexLabel]);
  return advice;
}

export function PromptAdvice({ prompt }: { prompt: string }) {
  const { label: indexLabel } = useChosenIndex();
  const advice = useAdvice(prompt, indexLabel);
  const full = usePlaygroundSetup((state) => state.columns.length >= MAX_COLUMNS);
  const pick = advice?.recommendation ?? null;
  const present = usePlaygroundSetup((state) =>
    pick
      ? state.columns.some((column) => column.provider === pick.provider && column.model === pick.model)
      : false,
  );
  if (!advice) return null;
  const text = recommendationText(advice, indexLabel);
  return (
    <div className="pg-advice">
      <span>
        This prompt needs <TierBadge tier={advice.tier} reason={advice.reason} />
      </span>
      <span className="hint pg-advice-text" title={text}>
        {text}
      </span>
      {pick && !present ? (
        <button
          type="button"
          className="quiet"
          disabled={full}
          onClick={() => usePlaygroundSetup.getState().add({ provider: pick.provider, model: pick.model })}
        >
          Add {pick.model} as column
        </button>
      ) : null}
    </div>
  );
}
