// Beside the page title: the system prompt, what every column was last asked, and starting over.
import { MessageSquarePlus } from 'lucide-react';
import { usePlaygroundRun } from '../run-store.ts';
import { runOnModEnter } from './run-prompt.ts';
import { SystemPrompt } from './SystemPrompt.tsx';

/** The one-line "You asked" shows the start of the prompt; the box is a line, not a reader. */
const SHOWN_CHARS = 400;

function LastPrompt() {
  // Every column of a run is asked the same prompt: the first column's is the last one sent.
  const prompt = usePlaygroundRun((state) => state.columns.values().next().value?.prompt ?? '');
  const line = prompt.slice(0, SHOWN_CHARS).replace(/\s+/g, ' ').trim();
  return (
    <div className="pg-last-prompt" title={line || undefined}>
      {line ? (
        <>
          <span className="pg-last-prompt-label">You asked</span> <span>{line}</span>
        </>
      ) : null}
    </div>
  );
}

export function ConversationLine() {
  const conversation = usePlaygroundRun((state) => state.columns.size > 0);
  return (
    <>
      <SystemPrompt onKeyDown={runOnModEnter} />
      <LastPrompt />
      {conversation ? (
        <button
          type="button"
          className="quiet pg-new-conversation"
          title="New conversation: clear every column's answers and history"
          onClick={() => usePlaygroundRun.getState().newConversation()}
        >
          <MessageSquarePlus aria-hidden="true" size={16} />
          <span className="pg-narrow-hidden">New conversation</span>
        </button>
      ) : null}
    </>
  );
}
