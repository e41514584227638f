// Under the prompt: its tokens, and what sending it would cost in each column before you run; while
// a blind round waits for the vote, one total for all columns (see blind-prompt-total.ts).
import { useMemo } from 'react';
import { formatMoney } from '../../../../../src-shared/format-money.ts';
import { useKeys } from '../../keys/keys-store.ts';
import { blindPromptTotal, blindPromptTotalText } from '../blind/blind-prompt-total.ts';
import { useRoundHidden } from '../blind/blind-store.ts';
import { summaryLabels } from '../column-labels.ts';
import { factsFor, usePriceTable } from '../model-facts.ts';
import { type PlaygroundColumn, usePlaygroundSetup } from '../setup-store.ts';
import { columnInputPrice, regionOf } from './column-price.ts';
import { countsExactly, promptCosts } from './prompt-cost.ts';
import { type ColumnHistory, useHistoryTokens } from './use-history-tokens.ts';
import type { TokenEstimate } from './use-token-estimate.ts';

const COUNT = new Intl.NumberFormat('en-US');

const turnsText = (turns: number) => `${turns} earlier ${turns === 1 ? 'turn' : 'turns'}`;

const BLIND_TOTAL_TITLE =
  "Until you vote, every column is counted with the prompt and the average of the columns' earlier turns: a column's own count would say which hidden answer is its.";

/** The column sending the most earlier turns: the follow-up's input is largest there. */
function longestConversation(history: ReadonlyMap<string, ColumnHistory> | null): ColumnHistory | null {
  let longest: ColumnHistory | null = null;
  for (const entry of history?.values() ?? []) {
    if (entry.turns > 0 && (!longest || entry.tokens > longest.tokens)) longest = entry;
  }
  return longest;
}

function inputTitle(tokens: number, history: ColumnHistory | undefined): string {
  const what = history?.turns ? `prompt + ${turnsText(history.turns)}` : 'the prompt';
  return `≈ ${COUNT.format(tokens)} input tokens: ${what}`;
}

export function PromptEstimate({ estimate }: { estimate: TokenEstimate }) {
  const columns = usePlaygroundSetup((state) => state.columns);
  const table = usePriceTable();
  const keys = useKeys((state) => state.keys);
  const history = useHistoryTokens(columns);
  const tokens = estimate.tokens;
  const hidden = useRoundHidden();
  const priceOf = useMemo(
    () => (column: PlaygroundColumn) =>
      columnInputPrice(
        factsFor(table, column.provider, column.model),
        regionOf(column, keys),
        column.provider,
      ),
    [table, keys],
  );
  const costs = useMemo(
    () => promptCosts(columns, (column) => (tokens ?? 0) + (history?.get(column.id)?.tokens ?? 0), priceOf),
    [columns, tokens, history, priceOf],
  );
  // A hidden round's answers are in each column's earlier turns: no count of one column may show.
  const longest = hidden ? null : longestConversation(history);
  const countText =
    tokens === null
      ? estimate.counting
        ? 'Counting tokens…'
        : 'Token count unavailable'
      : longest
        ? `≈ ${COUNT.format(tokens + longest.tokens)} tokens · prompt + ${turnsText(longest.turns)}`
        : hidden
          ? `≈ ${COUNT.format(tokens)} tokens in the prompt`
          : `≈ ${COUNT.format(tokens)} tokens`;
  const labels = summaryLabels(columns);
  const approximate = columns.some((column) => !countsExactly(column.provider));
  return (
    <div className="pg-estimate">
      {/* On a narrow window the line is cut with an ellipsis; hovering shows the count. */}
      <p className="pg-token-count" aria-live="polite" title={countText}>
        <span>{countText}</span>
        {tokens !== null && history === null ? (
          <span className="hint"> · counting earlier turns…</span>
        ) : null}
        {tokens !== null && approximate ? (
          <span
            className="hint"
            title="Counted with OpenAI's o200k_base tokenizer; other providers' tokenizers count differently."
          >
            {' '}
            · approximate for non-OpenAI models
          </span>
        ) : null}
        {estimate.counting && tokens !== null ? <span className="hint"> · updating…</span> : null}
      </p>
      {hidden && columns.length > 0 && tokens !== null && tokens > 0 ? (
        <ul className="pg-prompt-costs" aria-label="Estimated prompt cost, all columns">
          <li title={BLIND_TOTAL_TITLE}>
            {blindPromptTotalText(blindPromptTotal(columns, tokens, history, priceOf))}
          </li>
        </ul>
      ) : null}
      {!hidden && columns.length > 0 && tokens !== null && tokens > 0 ? (
        <ul className="pg-prompt-costs" aria-label="Estimated prompt cost per column">
          {costs.map((cost) => (
            <li key={cost.columnId} title={inputTitle(cost.tokens, history?.get(cost.columnId))}>
              <span className="pg-cost-model">{labels.get(cost.columnId)}</span>{' '}
              {cost.amount
                ? `${cost.amount.estimated || cost.approximate ? '~' : ''}${formatMoney(cost.amount.value, cost.amount.currency)}`
                : 'price unknown'}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
