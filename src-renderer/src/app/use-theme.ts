import { useEffect } from 'react';
import type { ThemePreference } from '../../../src-shared/domain.ts';

/** "system" follows the OS through CSS (prefers-color-scheme); an explicit choice pins it. */
export function useTheme(theme: ThemePreference): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
