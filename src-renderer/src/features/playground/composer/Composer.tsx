// The prompt: system prompt, the "Prompt" box, Run / Cancel all / New conversation, the live token
// count and per-column cost, and the tier advice.
import { type KeyboardEvent, useId } from 'react';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { useComposer } from './composer-store.ts';
import { PromptAdvice } from './PromptAdvice.tsx';
import { PromptEstimate } from './PromptEstimate.tsx';
import { SystemPrompt } from './SystemPrompt.tsx';
import { useTokenEstimate } from './use-token-estimate.ts';
import './composer.css';

const MAX_PROMPT = 2_000_000;
const MOD_KEY = navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl';

/** Why Run cannot start now, or null when it can. */
function runBlocker(columns: number, prompt: string, running: boolean): string | null {
  if (running) return 'Answers are still arriving: wait, or cancel all.';
  if (columns === 0) return 'Add a model first: use "Add model" or a preset.';
  if (!prompt.trim()) return 'Write a prompt first.';
  return null;
}

async function runPrompt(): Promise<void> {
  const { prompt, setPrompt } = useComposer.getState();
  const columns = usePlaygroundSetup.getState().columns.length;
  if (runBlocker(columns, prompt, usePlaygroundRun.getState().running)) return;
  await usePlaygroundRun.getState().run(prompt);
  // Sent: the box is ready for a follow-up. Refused: the prompt stays to be fixed.
  if (!usePlaygroundRun.getState().startError && useComposer.getState().prompt === prompt) setPrompt('');
}

function runOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void runPrompt();
  }
}

export function Composer() {
  const prompt = useComposer((state) => state.prompt);
  const systemPrompt = usePlaygroundSetup((state) => state.systemPrompt);
  const columns = usePlaygroundSetup((state) => state.columns.length);
  const running = usePlaygroundRun((state) => state.running);
  const conversation = usePlaygroundRun((state) => state.columns.size > 0);
  const promptTokens = useTokenEstimate(prompt);
  const systemTokens = useTokenEstimate(systemPrompt);
  const ids = { prompt: useId(), blocker: useId() };
  const blocker = runBlocker(columns, prompt, running);
  const tokens =
    promptTokens.tokens === null || systemTokens.tokens === null
      ? null
      : promptTokens.tokens + systemTokens.tokens;

  return (
    <section className="pg-composer" aria-label="Prompt composer">
      <SystemPrompt onKeyDown={runOnModEnter} />
      <label htmlFor={ids.prompt} className="pg-prompt-label">
        Prompt
      </label>
      <textarea
        id={ids.prompt}
        className="pg-prompt"
        rows={3}
        maxLength={MAX_PROMPT}
        placeholder={conversation ? 'Follow up in every column…' : 'Ask every column the same thing…'}
        value={prompt}
        aria-describedby={blocker ? ids.blocker : undefined}
        onChange={(event) => useComposer.getState().setPrompt(event.target.value)}
        onKeyDown={runOnModEnter}
      />
      <div className="pg-composer-bar">
        <div className="pg-composer-actions">
          <button
            type="button"
            className="primary"
            disabled={blocker !== null}
            aria-describedby={blocker ? ids.blocker : undefined}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onClick={() => void runPrompt()}
          >
            Run
          </button>
          {running ? (
            <button
              type="button"
              onClick={() => usePlaygroundRun.getState().cancelAll()}
              aria-keyshortcuts="Escape"
            >
              Cancel all
            </button>
          ) : null}
          {conversation ? (
            <button
              type="button"
              className="quiet"
              onClick={() => usePlaygroundRun.getState().newConversation()}
            >
              New conversation
            </button>
          ) : null}
          <span id={ids.blocker} className="hint">
            {blocker ?? `${MOD_KEY}+Enter runs`}
          </span>
        </div>
        {prompt || systemPrompt ? (
          <PromptEstimate estimate={{ tokens, counting: promptTokens.counting || systemTokens.counting }} />
        ) : null}
      </div>
      <PromptAdvice prompt={prompt} />
    </section>
  );
}
