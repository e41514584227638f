import { type KeyboardEvent, memo } from 'react';
import type { HistoryItem } from '../../../../src-shared/history.ts';
import { HIDDEN_COST, HIDDEN_COST_TITLE } from './blind-turn.ts';
import { historyDate, moneyTotalText, moneyTotalTitle, turnsText, winnerText } from './history-format.ts';
import { useHistory } from './history-store.ts';
import { Snippet } from './Snippet.tsx';

interface HistoryRowProps {
  item: HistoryItem;
  index: number;
  setSize: number;
  /** The line in the tab order (see HistoryList). */
  active: boolean;
  selected: boolean;
  measure: (element: HTMLLIElement | null) => void;
  onFocusLine: () => void;
  /** Arrow, Page, Home and End keys on the line's controls (see HistoryList). */
  onNavigate: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The checkbox's name: which run it selects, short enough to hear. */
const NAME_CHARS = 60;

/** One conversation: when, what was asked, of whom, how long, what it cost, and who won a vote. */
export const HistoryRow = memo(function HistoryRow({
  item,
  index,
  setSize,
  active,
  selected,
  measure,
  onFocusLine,
  onNavigate,
}: HistoryRowProps) {
  const date = historyDate(item.createdAt);
  const winner = winnerText(item.winner);
  const prompt = item.promptStart.replace(/\s+/g, ' ').trim();
  const tabIndex = active ? 0 : -1;
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={selected ? 'history-row history-row-selected' : 'history-row'}
      onFocus={onFocusLine}
    >
      <input
        type="checkbox"
        className="history-select"
        tabIndex={tabIndex}
        checked={selected}
        aria-label={`Select: ${date}, ${prompt.slice(0, NAME_CHARS)}`}
        onChange={() => useHistory.getState().toggleSelected(item.conversationId)}
        onKeyDown={onNavigate}
      />
      <button
        type="button"
        className="history-open"
        tabIndex={tabIndex}
        onClick={() => void useHistory.getState().open(item.conversationId)}
        onKeyDown={onNavigate}
      >
        <span className="history-date">{date}</span>
        <span className="history-prompt">{prompt || '(empty prompt)'}</span>
        {item.snippet ? <Snippet text={item.snippet} /> : null}
        <span className="history-models">
          {item.blindUnvoted ? (
            <span
              className="history-chip"
              title="A blind turn has no vote yet: open the run and Reveal to see them"
            >
              Blind, not voted: names hidden
            </span>
          ) : (
            item.models.map((model) => (
              <span
                key={`${model.provider}/${model.model}`}
                className="history-chip"
                title={`${model.provider}/${model.model}`}
              >
                {model.model}
                <span className="visually-hidden"> ({model.provider})</span>
              </span>
            ))
          )}
        </span>
        <span className="history-facts">
          <span>{turnsText(item.turns)}</span>
          <span
            className="history-cost"
            title={item.blindUnvoted ? HIDDEN_COST_TITLE : moneyTotalTitle(item.total)}
          >
            {item.blindUnvoted ? HIDDEN_COST : moneyTotalText(item.total)}
          </span>
          {winner ? <span className="history-winner">Winner: {winner}</span> : null}
        </span>
      </button>
    </li>
  );
});
