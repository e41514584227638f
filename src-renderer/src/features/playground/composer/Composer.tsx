// The prompt: the "Prompt" box with Run / Cancel all beside it, and under it the live token count,
// each column's prompt cost and the tier advice.
import { useId } from 'react';
import { usePlaygroundRun } from '../run-store.ts';
import { usePlaygroundSetup } from '../setup-store.ts';
import { useComposer } from './composer-store.ts';
import { PromptAdvice } from './PromptAdvice.tsx';
import { PromptEstimate } from './PromptEstimate.tsx';
import { runBlocker, runOnModEnter, runPrompt } from './run-prompt.ts';
import { useTokenEstimate } from './use-token-estimate.ts';
import './composer.css';

const MAX_PROMPT = 2_000_000;
const MOD_KEY = navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl';

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
      <label htmlFor={ids.prompt} className="visually-hidden">
        Prompt
      </label>
      <div className="pg-prompt-row">
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
        </div>
      </div>
      <div className="pg-composer-meta">
        <span id={ids.blocker} className="hint pg-run-hint">
          {blocker ?? `${MOD_KEY}+Enter runs`}
        </span>
        {prompt || systemPrompt ? (
          <PromptEstimate estimate={{ tokens, counting: promptTokens.counting || systemTokens.counting }} />
        ) : null}
        <PromptAdvice prompt={prompt} />
      </div>
    </section>
  );
}
