// Each column's earlier turns in tokens, for the follow-up's cost estimate. Recounted only when a
// column's conversation changes (an answer ends), never while tokens stream in.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChatTurn } from '../../../../../src-shared/conversation.ts';
import { usePlaygroundRun } from '../run-store.ts';
import type { PlaygroundColumn } from '../setup-store.ts';
import { historyTokens } from './history-tokens.ts';
import { loadTokenizer } from './token-count.ts';

export interface ColumnHistory {
  /** Earlier turns a follow-up sends (user and assistant). */
  turns: number;
  tokens: number;
}

const NO_TURNS: readonly ChatTurn[] = [];
const cache = new WeakMap<ChatTurn, number>();

/** Per column id; null while counting (or when the tokenizer could not load). */
export function useHistoryTokens(
  columns: readonly PlaygroundColumn[],
): ReadonlyMap<string, ColumnHistory> | null {
  const conversations = usePlaygroundRun(
    useShallow((state) => columns.map((column) => state.columns.get(column.id)?.turns ?? NO_TURNS)),
  );
  const [counted, setCounted] = useState<ReadonlyMap<string, ColumnHistory> | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const none = new Map(columns.map((column) => [column.id, { turns: 0, tokens: 0 }]));
    if (conversations.every((turns) => turns.length === 0)) {
      setCounted(none);
      return;
    }
    setCounted(null);
    void (async () => {
      const count = await loadTokenizer();
      const result = new Map<string, ColumnHistory>();
      for (const [index, column] of columns.entries()) {
        const turns = conversations[index] ?? NO_TURNS;
        const tokens = await historyTokens(turns, column, count, cache, controller.signal);
        if (tokens === null) return;
        result.set(column.id, { turns: turns.length, tokens });
      }
      setCounted(result);
    })().catch(() => setCounted(null));
    return () => controller.abort();
  }, [columns, conversations]);
  return counted;
}
