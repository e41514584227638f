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

/** The advice and the quality index it compared on. */
interface AskedAdvice {
  advice: Advice;
  indexLabel: string;
}

/** The advice for the prompt on the chosen quality index (asked again when either changes). */
function useAdvice(prompt: string, indexLabel: string): AskedAdvice | null {
  const [asked, setAsked] = useState<AskedAdvice | null>(null);
  // Main reads the index from the settings: a new one asks again, and the answer records which it was.
  useEffect(() => {
    const text = prompt.trim() ? prompt : '';
    if (!text || text.length > MAX_PROMPT) {
      setAsked(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void getArena()
        ?.prices.recommend({ prompt: text })
        .then((result) => {
          if (current) setAsked(result.ok ? { advice: result.value, indexLabel } : null);
        });
    }, ADVICE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [prompt, indexLabel]);
  return asked;
}

export function PromptAdvice({ prompt }: { prompt: string }) {
  const { label: indexLabel } = useChosenIndex();
  const asked = useAdvice(prompt, indexLabel);
  const full = usePlaygroundSetup((state) => state.columns.length >= MAX_COLUMNS);
  // Advice from another index quotes that index's numbers: until the new one arrives, it only says so.
  const updating = asked !== null && asked.indexLabel !== indexLabel;
  const pick = updating ? null : (asked?.advice.recommendation ?? null);
  const present = usePlaygroundSetup((state) =>
    pick
      ? state.columns.some((column) => column.provider === pick.provider && column.model === pick.model)
      : false,
  );
  if (!asked) return null;
  const { advice } = asked;
  const text = updating ? `Updating the advice for ${indexLabel}…` : recommendationText(advice, indexLabel);
  return (
    <div className="pg-advice" aria-busy={updating}>
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
