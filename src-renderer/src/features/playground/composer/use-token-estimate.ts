// A live token count that never tokenizes on every keystroke: it waits for a pause in typing (longer
// for long text), counts in slices that leave the window responsive, and drops a count the next
// keystroke made stale. Unchanged parts of the text are not counted again.
import { useEffect, useRef, useState } from 'react';
import { countTokensInSlices, loadTokenizer } from './token-count.ts';

/** Short prompts feel live; a pasted book waits for typing to stop. */
const delayFor = (length: number) => (length < 20_000 ? 150 : 400);

export interface TokenEstimate {
  /** null until the first count (and for no text: 0). */
  tokens: number | null;
  counting: boolean;
}

export function useTokenEstimate(text: string): TokenEstimate {
  const [estimate, setEstimate] = useState<TokenEstimate>({ tokens: text ? null : 0, counting: false });
  const memo = useRef(new Map<string, number>());
  useEffect(() => {
    if (!text) {
      setEstimate({ tokens: 0, counting: false });
      return;
    }
    const controller = new AbortController();
    setEstimate((current) => (current.counting ? current : { ...current, counting: true }));
    const timer = setTimeout(() => {
      void loadTokenizer()
        .then((count) => countTokensInSlices(text, count, { signal: controller.signal, memo: memo.current }))
        .then((tokens) => {
          if (tokens !== null) setEstimate({ tokens, counting: false });
        })
        // The tokenizer failed to load: no estimate rather than a wrong one.
        .catch(() => setEstimate({ tokens: null, counting: false }));
    }, delayFor(text.length));
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return estimate;
}
