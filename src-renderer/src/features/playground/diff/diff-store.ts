import { create } from 'zustand';

interface DiffStore {
  /** The column whose answer is being compared with a reference, or null when the diff is closed. */
  comparedId: string | null;
  open(columnId: string): void;
  close(): void;
}

export const useColumnDiff = create<DiffStore>((set) => ({
  comparedId: null,
  open: (columnId) => set({ comparedId: columnId }),
  close: () => set({ comparedId: null }),
}));
