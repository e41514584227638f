import { create } from 'zustand';
import type { PageId } from './pages.ts';

interface NavigationState {
  page: PageId;
  go: (page: PageId) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  page: 'playground',
  go: (page) => set({ page }),
}));
