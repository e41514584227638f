import { create } from 'zustand';
import { type CompareParams, MAX_COLUMNS } from '../../../../src-shared/compare.ts';
import {
  type ColumnSetup,
  DEFAULT_SETTINGS,
  type PlaygroundSetup,
  type SavedPreset,
} from '../../../../src-shared/settings.ts';
import { getArena } from '../../lib/arena.ts';

/** A column on the Playground: its remembered setup plus a stable id (also the run's columnId). */
export interface PlaygroundColumn extends ColumnSetup {
  id: string;
}

interface SetupState extends Omit<PlaygroundSetup, 'columns'> {
  columns: PlaygroundColumn[];
  /** True once the remembered setup arrived from main (before that, nothing is saved back). */
  loaded: boolean;
  /** Why the last save to main failed, until one succeeds. */
  saveError: string | null;
  load(setup: PlaygroundSetup): void;
  /** Adds a column at the end; false when 16 are already there. */
  add(column: ColumnSetup): boolean;
  remove(id: string): void;
  /** A copy right after the original, same settings, new id. */
  duplicate(id: string): void;
  /** Moves a column one place left (-1) or right (+1). */
  move(id: string, delta: -1 | 1): void;
  /** Changes a column's setup; a field set to undefined is removed (the column inherits it again). */
  update(id: string, patch: Partial<ColumnSetup>): void;
  /** Replaces every column (a preset). */
  replaceColumns(columns: ColumnSetup[]): void;
  setDefaults(defaults: CompareParams): void;
  setLayout(layout: PlaygroundSetup['layout']): void;
  setSyncScroll(syncScroll: boolean): void;
  setSystemPrompt(systemPrompt: string): void;
  /** Saves the current columns under a name (replacing a preset of that name); false with no columns. */
  savePreset(name: string): boolean;
  deletePreset(name: string): void;
}

const newId = () => crypto.randomUUID();
const withId = (column: ColumnSetup): PlaygroundColumn => ({ ...column, id: newId() });
const setupOf = ({ id: _id, ...setup }: PlaygroundColumn): ColumnSetup => setup;

/** The object without its undefined fields: settings are validated strictly, and "unset" means absent. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function toPlaygroundSetup(state: SetupState): PlaygroundSetup {
  return {
    columns: state.columns.map(setupOf),
    defaults: state.defaults,
    presets: state.presets,
    layout: state.layout,
    syncScroll: state.syncScroll,
    systemPrompt: state.systemPrompt,
  };
}

export const usePlaygroundSetup = create<SetupState>((set, get) => ({
  ...DEFAULT_SETTINGS.playground,
  columns: [],
  loaded: false,
  saveError: null,
  load: (setup) => set({ ...setup, columns: setup.columns.map(withId), loaded: true }),
  add: (column) => {
    if (get().columns.length >= MAX_COLUMNS) return false;
    set((state) => ({ columns: [...state.columns, withId(column)] }));
    return true;
  },
  remove: (id) => set((state) => ({ columns: state.columns.filter((column) => column.id !== id) })),
  duplicate: (id) =>
    set((state) => {
      const index = state.columns.findIndex((column) => column.id === id);
      const original = state.columns[index];
      if (!original || state.columns.length >= MAX_COLUMNS) return state;
      const columns = [...state.columns];
      columns.splice(index + 1, 0, withId(setupOf(original)));
      return { columns };
    }),
  move: (id, delta) =>
    set((state) => {
      const from = state.columns.findIndex((column) => column.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= state.columns.length) return state;
      const columns = [...state.columns];
      const [moved] = columns.splice(from, 1);
      if (moved) columns.splice(to, 0, moved);
      return { columns };
    }),
  update: (id, patch) =>
    set((state) => ({
      columns: state.columns.map((column) =>
        column.id === id ? withoutUndefined({ ...column, ...patch, id }) : column,
      ),
    })),
  replaceColumns: (columns) => set({ columns: columns.slice(0, MAX_COLUMNS).map(withId) }),
  setDefaults: (defaults) => set({ defaults }),
  setLayout: (layout) => set({ layout }),
  setSyncScroll: (syncScroll) => set({ syncScroll }),
  setSystemPrompt: (systemPrompt) => set({ systemPrompt }),
  savePreset: (name) => {
    const columns = get().columns.map(setupOf);
    if (columns.length === 0) return false;
    set((state) => ({
      presets: [
        ...state.presets.filter((preset) => preset.name !== name),
        { name, columns } satisfies SavedPreset,
      ],
    }));
    return true;
  },
  deletePreset: (name) =>
    set((state) => ({ presets: state.presets.filter((preset) => preset.name !== name) })),
}));

const SAVE_DELAY_MS = 400;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

const SAVED_FIELDS = ['columns', 'defaults', 'presets', 'layout', 'syncScroll', 'systemPrompt'] as const;

async function save(): Promise<void> {
  const result = await getArena()?.settings.update({
    playground: toPlaygroundSetup(usePlaygroundSetup.getState()),
  });
  if (!result) return;
  usePlaygroundSetup.setState({
    saveError: result.ok ? null : `The Playground setup was not saved: ${result.error.message}`,
  });
}

/** Saves the setup to main a moment after the last change, so typing a system prompt is one write. */
usePlaygroundSetup.subscribe((state, previous) => {
  if (!state.loaded || !previous.loaded) return;
  if (SAVED_FIELDS.every((field) => state[field] === previous[field])) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
});
