import { ArrowLeft, MessageSquareReply, RotateCcw, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Conversation, StoredTurn } from '../../../../src-shared/history.ts';
import { HIDDEN_COST, HIDDEN_COST_TITLE, namesHidden as hiddenInStore } from './blind-turn.ts';
import { DeleteDialog } from './DeleteDialog.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { historyDate, moneyTotalText, moneyTotalTitle, turnsText } from './history-format.ts';
import { useHistory } from './history-store.ts';
import { continueInPlayground, rerunInPlayground } from './playground-actions.ts';
import { StoredTurnView } from './StoredTurnView.tsx';

/** A stored conversation, every turn in order, with what can be done with it. */
export function ConversationView({ conversation }: { conversation: Conversation }) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  // Shown at once on Reveal, while the store records it.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const [revealError, setRevealError] = useState<string | null>(null);
  const namesHidden = (turn: StoredTurn) => hiddenInStore(turn) && !revealed.has(turn.runId);
  const reveal = (runId: string) => {
    setRevealed((shown) => new Set(shown).add(runId));
    void useHistory.getState().reveal(runId).then(setRevealError);
  };
  const anyHidden = conversation.turns.some(namesHidden);
  const latestRunId = conversation.turns.at(-1)?.runId ?? null;
  const columns = new Set(
    conversation.turns.flatMap((turn) => turn.columns.map((c) => `${c.provider}/${c.model}`)),
  );
  return (
    <article className="history-conversation" aria-labelledby={titleId}>
      <div className="history-conversation-bar">
        <button type="button" className="quiet" onClick={() => useHistory.getState().close()}>
          <ArrowLeft aria-hidden="true" size={16} /> All runs
        </button>
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          Run of {historyDate(conversation.createdAt)}
        </h2>
        <p className="hint">
          {turnsText(conversation.turns.length)} · {columns.size} {columns.size === 1 ? 'model' : 'models'} ·{' '}
          <span title={anyHidden ? HIDDEN_COST_TITLE : moneyTotalTitle(conversation.total)}>
            {anyHidden ? HIDDEN_COST : moneyTotalText(conversation.total)}
          </span>
        </p>
        <div className="history-actions">
          <button
            type="button"
            className="primary"
            title="The Playground takes this run's columns, system prompt and settings, each column with its earlier turns: your next prompt there follows it up"
            onClick={() => continueInPlayground(conversation)}
          >
            <MessageSquareReply aria-hidden="true" size={16} /> Continue in Playground
          </button>
          <button
            type="button"
            title="Runs the first prompt again in the Playground with the same system prompt, settings and columns, as a new conversation"
            onClick={() => void rerunInPlayground(conversation)}
          >
            <RotateCcw aria-hidden="true" size={16} /> Re-run
          </button>
          <ExportMenu
            conversationId={conversation.conversationId}
            runId={latestRunId}
            align="end"
            blockedReason={anyHidden ? 'Reveal the names first: an export names every model.' : null}
          />
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            <Trash2 aria-hidden="true" size={16} /> Delete
          </button>
        </div>
      </div>
      {revealError ? (
        <p className="form-error" role="alert">
          {revealError}
        </p>
      ) : null}
      {conversation.turns.map((turn) => (
        <StoredTurnView
          key={turn.runId}
          turn={turn}
          namesHidden={namesHidden(turn)}
          onReveal={() => reveal(turn.runId)}
        />
      ))}
      {confirming ? (
        <DeleteDialog conversationIds={[conversation.conversationId]} onClose={() => setConfirming(false)} />
      ) : null}
    </article>
  );
}
