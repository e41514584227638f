import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 1500;

/** Copies text to the clipboard and says how it went for a moment. */
export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback((text: string) => {
    const settle = (outcome: CopyState) => {
      setState(outcome);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
    };
    // navigator.clipboard is missing outside secure contexts; treat that like a refusal.
    const write = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => settle('copied'),
      () => settle('failed'),
    );
  }, []);

  return [state, copy];
}
