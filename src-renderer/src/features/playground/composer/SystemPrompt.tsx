import { type KeyboardEvent, useId, useRef } from 'react';
import { usePlaygroundSetup } from '../setup-store.ts';
import { useDismissableDetails } from '../use-dismissable-details.ts';
import '../playground-setup.css';

const MAX_SYSTEM_PROMPT = 200_000;
/** The closed menu shows the start of the system prompt on one line; the rest is CSS-ellipsized. */
const PREVIEW_CHARS = 200;

/** The system prompt: one line naming it (or "none") that opens an editor over the page. */
export function SystemPrompt({
  onKeyDown,
}: {
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}) {
  const systemPrompt = usePlaygroundSetup((state) => state.systemPrompt);
  const id = useId();
  const menu = useRef<HTMLDetailsElement>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const dismiss = useDismissableDetails(menu);
  const preview = systemPrompt ? systemPrompt.slice(0, PREVIEW_CHARS).replace(/\s+/g, ' ') : 'none';
  return (
    <details
      ref={menu}
      className="pg-system-prompt"
      onKeyDown={dismiss}
      onToggle={() => {
        if (menu.current?.open) editor.current?.focus();
      }}
    >
      <summary>
        <span>System prompt</span>{' '}
        <span className={systemPrompt ? 'pg-menu-summary' : 'pg-menu-summary pg-narrow-hidden'}>
          {preview}
        </span>
      </summary>
      <div className="floating-panel pg-system-panel">
        <label htmlFor={id}>System prompt</label>
        <textarea
          id={id}
          ref={editor}
          rows={6}
          maxLength={MAX_SYSTEM_PROMPT}
          placeholder="Instructions every column gets before the prompt"
          value={systemPrompt}
          onChange={(event) => usePlaygroundSetup.getState().setSystemPrompt(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="hint">Every column gets it before the prompt. Esc closes; it is kept.</p>
      </div>
    </details>
  );
}
