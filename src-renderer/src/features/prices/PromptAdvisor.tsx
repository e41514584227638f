import { type FormEvent, useId, useState } from 'react';
import type { PromptAdvice } from '../../../../src-shared/pricing.ts';
import { getArena } from '../../lib/arena.ts';
import { TierBadge } from '../../ui/TierBadge.tsx';
import { recommendationText } from './advice-text.ts';
import { minimumQualityField } from './quality-view.ts';
import { useChosenIndex } from './use-chosen-index.ts';

/** "Which tier does this prompt need, and what is the cheapest model I can call that is good enough?" */
export function PromptAdvisor() {
  const [prompt, setPrompt] = useState('');
  const [minQuality, setMinQuality] = useState('');
  const [advice, setAdvice] = useState<PromptAdvice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { prompt: useId(), quality: useId() };
  const chosen = useChosenIndex();
  const field = minimumQualityField(chosen.info);
  // The advice names the index it was given on; a minimum typed for another scale means nothing on this one.
  const [adviceIndex, setAdviceIndex] = useState(chosen.label);
  const [fieldIndex, setFieldIndex] = useState(chosen.label);
  if (fieldIndex !== chosen.label) {
    setFieldIndex(chosen.label);
    setMinQuality('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await getArena()?.prices.recommend({
      prompt,
      ...(minQuality ? { minQuality: Number(minQuality) } : {}),
    });
    if (!result) return;
    if (result.ok) {
      setAdvice(result.value);
      setAdviceIndex(chosen.label);
      setError(null);
    } else setError(result.error.message);
  }

  return (
    <details className="card">
      <summary>Which model does my prompt need?</summary>
      <form onSubmit={(event) => void submit(event)} className="advisor">
        <label htmlFor={ids.prompt}>Prompt</label>
        <textarea
          id={ids.prompt}
          rows={3}
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
        />
        <label htmlFor={ids.quality}>{field.label}</label>
        <input
          id={ids.quality}
          type="number"
          min={field.min}
          max={field.max}
          step="any"
          value={minQuality}
          onChange={(event) => setMinQuality(event.target.value)}
        />
        <button type="submit" className="primary" disabled={!prompt.trim()}>
          Recommend
        </button>
      </form>
      {error ? <p className="form-error">{error}</p> : null}
      {advice ? (
        <div role="status" className="advice">
          <p>
            This prompt needs <TierBadge tier={advice.tier} reason={advice.reason} /> {advice.reason}
          </p>
          <p>{recommendationText(advice, adviceIndex)}</p>
        </div>
      ) : null}
    </details>
  );
}
