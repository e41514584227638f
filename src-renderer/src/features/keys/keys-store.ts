import { create } from 'zustand';
import type { ArenaError, Region, Result } from '../../../../src-shared/domain.ts';
import { isUsableKey, type KeyOwner, type KeySummary, type KeysStatus } from '../../../../src-shared/keys.ts';
import { getArena } from '../../lib/arena.ts';

interface KeysState {
  status: KeysStatus | null;
  keys: KeySummary[];
  /** Ids being checked right now. */
  checking: ReadonlySet<string>;
  progress: { done: number; total: number } | null;
  error: ArenaError | null;
  load: () => Promise<void>;
  add: (input: {
    provider: KeyOwner;
    label?: string;
    key: string;
    region?: Region;
  }) => Promise<Result<KeySummary>>;
  /** Pastes a key again over a stored one. */
  replace: (id: string, key: string) => Promise<Result<KeySummary>>;
  remove: (id: string) => Promise<void>;
  setDefault: (id: string) => Promise<void>;
  check: (id: string) => Promise<void>;
  checkAll: () => Promise<void>;
  chooseStorage: (choice: 'persist' | 'session') => Promise<void>;
  importKeys: (names: string[]) => Promise<void>;
  dismissImport: () => Promise<void>;
  receiveProgress: (key: KeySummary, done: number, total: number) => void;
}

const arena = () => {
  const api = getArena();
  if (!api) throw new Error('BYOK Arena bridge is missing');
  return api;
};

function withChecking(set: Set<string> | ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

export const useKeys = create<KeysState>((set, get) => {
  const replaceKey = (key: KeySummary) =>
    set({ keys: get().keys.map((entry) => (entry.id === key.id ? key : entry)) });
  const refreshStatus = async () => {
    const status = await arena().keys.status();
    if (status.ok) set({ status: status.value });
  };
  return {
    status: null,
    keys: [],
    checking: new Set(),
    progress: null,
    error: null,
    load: async () => {
      const [status, keys] = await Promise.all([arena().keys.status(), arena().keys.list()]);
      set({
        ...(status.ok ? { status: status.value } : { error: status.error }),
        ...(keys.ok ? { keys: keys.value } : { error: keys.error }),
      });
    },
    add: async (input) => {
      const result = await arena().keys.add(input);
      if (result.ok) {
        set({ keys: [...get().keys, result.value], error: null });
        await refreshStatus();
      }
      return result;
    },
    replace: async (id, key) => {
      const result = await arena().keys.replace({ id, key });
      if (result.ok) {
        replaceKey(result.value);
        set({ error: null });
      }
      return result;
    },
    remove: async (id) => {
      const result = await arena().keys.remove({ id });
      set(result.ok ? { keys: result.value, error: null } : { error: result.error });
      await refreshStatus();
    },
    setDefault: async (id) => {
      const result = await arena().keys.setDefault({ id });
      set(result.ok ? { keys: result.value, error: null } : { error: result.error });
    },
    check: async (id) => {
      set({ checking: withChecking(get().checking, id, true) });
      const result = await arena().keys.check({ id });
      set({ checking: withChecking(get().checking, id, false) });
      if (result.ok) replaceKey(result.value);
      else set({ error: result.error });
    },
    checkAll: async () => {
      const ids = get()
        .keys.filter(isUsableKey)
        .map((key) => key.id);
      set({ checking: new Set(ids), progress: { done: 0, total: ids.length } });
      const result = await arena().keys.checkAll();
      set({
        checking: new Set(),
        progress: null,
        ...(result.ok ? { keys: result.value } : { error: result.error }),
      });
    },
    chooseStorage: async (choice) => {
      const result = await arena().keys.chooseStorage({ choice });
      set(result.ok ? { status: result.value, error: null } : { error: result.error });
      const keys = await arena().keys.list();
      if (keys.ok) set({ keys: keys.value });
    },
    importKeys: async (names) => {
      const result = await arena().keys.import({ names });
      set(result.ok ? { keys: result.value, error: null } : { error: result.error });
      await refreshStatus();
    },
    dismissImport: async () => {
      const result = await arena().keys.dismissImport();
      if (result.ok) set({ status: result.value });
    },
    receiveProgress: (key, done, total) => {
      replaceKey(key);
      set({ checking: withChecking(get().checking, key.id, false), progress: { done, total } });
    },
  };
});
