// A stored blind turn neither voted on nor revealed shows as the Playground showed it: "Model A",
// "Model B", … in the order drawn for the run (stored with it), with no name, tier or cost. Pure.
import type { Conversation, StoredColumn, StoredTurn } from '../../../../src-shared/history.ts';
import { blindName } from '../playground/blind/shuffle.ts';

export const namesHidden = (turn: StoredTurn): boolean => turn.blind && !turn.revealed;

/** What a conversation with a hidden turn shows for its cost: at known prices, the total says who is who. */
export const HIDDEN_COST = 'cost after the reveal';
export const HIDDEN_COST_TITLE =
  'A blind turn has no vote yet: with the models’ prices, the total would tell them apart. It shows once you vote or reveal.';

/**
 * The columns in the order shown: a hidden turn's in its stored blind order, then any it does not
 * name; a revealed one, or one stored before the order was kept, in the stored order.
 */
export function shownColumns(turn: StoredTurn): StoredColumn[] {
  const order = namesHidden(turn) ? turn.shownOrder : null;
  if (!order) return turn.columns;
  const byId = new Map(turn.columns.map((column) => [column.columnId, column] as const));
  const named = order.flatMap((id) => byId.get(id) ?? []);
  const listed = new Set(named);
  return [...named, ...turn.columns.filter((column) => !listed.has(column))];
}

/** A hidden turn's column ids to "Model A", "Model B", … by their place in the order shown. */
export function hiddenTurnLabels(turn: StoredTurn): Map<string, string> {
  return new Map(shownColumns(turn).map((column, at) => [column.columnId, blindName(at)]));
}

/** The conversation with this run's turn revealed (its names shown; no vote). */
export function withTurnRevealed(conversation: Conversation, runId: string): Conversation {
  return {
    ...conversation,
    turns: conversation.turns.map((turn) => (turn.runId === runId ? { ...turn, revealed: true } : turn)),
  };
}
