import { create } from 'zustand';

/** What the Playground shows right now that is not worth remembering: a maximized column, the help. */
interface ViewState {
  maximizedId: string | null;
  helpOpen: boolean;
  maximize(columnId: string | null): void;
  setHelpOpen(open: boolean): void;
}

export const usePlaygroundView = create<ViewState>((set) => ({
  maximizedId: null,
  helpOpen: false,
  maximize: (maximizedId) => set({ maximizedId }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}));
