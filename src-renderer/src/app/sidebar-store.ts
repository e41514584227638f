import { create } from 'zustand';

// Remembered per window in localStorage: the settings route carries only the theme today.
const STORAGE_KEY = 'byok-arena.sidebar';

function readCollapsed(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'collapsed';
  } catch {
    return false;
  }
}

function writeCollapsed(collapsed: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, collapsed ? 'collapsed' : 'expanded');
  } catch {
    // Storage refused (quota, privacy mode): the choice lasts until the window closes.
  }
}

interface SidebarState {
  collapsed: boolean;
  toggle: () => void;
}

export const useSidebar = create<SidebarState>((set, get) => ({
  collapsed: readCollapsed(),
  toggle: () => {
    const collapsed = !get().collapsed;
    writeCollapsed(collapsed);
    set({ collapsed });
  },
}));
