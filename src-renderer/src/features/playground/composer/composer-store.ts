import { create } from 'zustand';

/** The prompt being written: kept while the user visits another page, not saved. */
export const useComposer = create<{ prompt: string; setPrompt(prompt: string): void }>((set) => ({
  prompt: '',
  setPrompt: (prompt) => set({ prompt }),
}));
