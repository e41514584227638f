// What compare.start is sent: the prompt, the shared defaults and each column's setup and history.
import type { ColumnSpec, CompareParams, CompareRequest } from '../../../../src-shared/compare.ts';
import { type ChatTurn, MAX_HISTORY_TURNS } from '../../../../src-shared/conversation.ts';
import type { ArenaError } from '../../../../src-shared/domain.ts';
import { isUsableKey, type KeySummary } from '../../../../src-shared/keys.ts';
import type { PlaygroundColumn } from './setup-store.ts';

export interface RequestSetup {
  defaults: CompareParams;
  systemPrompt: string;
}

/** An object without the keys whose value is undefined (the request is validated strictly). */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export function columnSpec(column: PlaygroundColumn, history: readonly ChatTurn[]): ColumnSpec {
  const { id, provider, model, region, baseUrl, wire, keyId, params } = column;
  const overrides = params ? defined(params) : {};
  return {
    columnId: id,
    provider,
    model,
    ...defined({ region, baseUrl, wire, keyId }),
    ...(Object.keys(overrides).length > 0 ? { params: overrides } : {}),
    ...(history.length > 0 ? { history: [...history] } : {}),
  };
}

/** One request for these columns, each sending its own earlier turns. */
export function buildCompareRequest(
  prompt: string,
  columns: readonly PlaygroundColumn[],
  historyOf: (columnId: string) => readonly ChatTurn[],
  setup: RequestSetup,
): CompareRequest {
  return {
    prompt,
    ...(setup.systemPrompt.trim() ? { system: setup.systemPrompt } : {}),
    params: defined(setup.defaults),
    columns: columns.map((column) => columnSpec(column, historyOf(column.id))),
  };
}

/** Refuses, before anything is sent, a request main would refuse for a reason we can say better. */
export function requestProblem(request: CompareRequest): ArenaError | null {
  if (request.columns.length === 0) {
    return { kind: 'invalid_input', field: 'columns', message: 'Add a model first: use "Add model" above.' };
  }
  const longest = request.columns.findIndex((column) => (column.history?.length ?? 0) > MAX_HISTORY_TURNS);
  if (longest >= 0) {
    return {
      kind: 'invalid_input',
      field: `columns.${longest}.history`,
      message: `This conversation has reached ${MAX_HISTORY_TURNS / 2} exchanges, the most a follow-up can send back: start a new conversation.`,
    };
  }
  return null;
}

/** The column an error from compare.start names (`columns.2.keyId` → the third column's id). */
export function columnNamedBy(error: ArenaError, request: CompareRequest): string | null {
  const match = /^columns\.(\d{1,2})(?:\.|$)/.exec(error.field ?? '');
  if (!match) return null;
  return request.columns[Number(match[1])]?.columnId ?? null;
}

export interface KeyedColumns {
  columns: PlaygroundColumn[];
  /** Per column id: what was changed about its key, to say on the column. */
  notices: Map<string, string>;
}

/**
 * The columns with a chosen key that is no longer stored sent with the provider's default key instead
 * (the key the column would use had none been chosen), each such column noted. `keys` null: the list
 * has not loaded, so nothing can be judged and main checks the choices.
 */
export function withStoredKeys(
  columns: readonly PlaygroundColumn[],
  keys: readonly KeySummary[] | null,
  providerName: (provider: string) => string,
): KeyedColumns {
  const notices = new Map<string, string>();
  if (!keys) return { columns: [...columns], notices };
  const usable = keys.filter(isUsableKey);
  const result = columns.map((column) => {
    if (column.keyId === undefined || usable.some((key) => key.id === column.keyId)) return column;
    const { keyId: _removed, ...rest } = column;
    const own = usable.filter((key) => key.provider === column.provider);
    const fallback = own.find((key) => key.isDefault) ?? own[0];
    const name = providerName(column.provider);
    notices.set(
      column.id,
      fallback
        ? `Its key was removed; using the default ${name} key (${fallback.label || fallback.masked}).`
        : `Its key was removed and no other ${name} key is stored: add one on the Keys page.`,
    );
    return rest;
  });
  return { columns: result, notices };
}
