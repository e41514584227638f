import { type KeyboardEvent, useId } from 'react';
import { usePlaygroundSetup } from '../setup-store.ts';

const MAX_SYSTEM_PROMPT = 200_000;

/** The system prompt, folded away until wanted; remembered with the Playground setup. */
export function SystemPrompt({
  onKeyDown,
}: {
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  const systemPrompt = usePlaygroundSetup((state) => state.systemPrompt);
  const id = useId();
  return (
    <details className="pg-system-prompt" open={systemPrompt ? true : undefined}>
      <summary>System prompt{systemPrompt ? '' : ' (none)'}</summary>
      <label htmlFor={id} className="visually-hidden">
        System prompt
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_SYSTEM_PROMPT}
        placeholder="Instructions every column gets before the prompt"
        value={systemPrompt}
        onChange={(event) => usePlaygroundSetup.getState().setSystemPrompt(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </details>
  );
}
