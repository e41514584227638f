import { type RefObject, useEffect, useState } from 'react';

export interface ThemeColors {
  /** The element's `color`, resolved (a canvas cannot read light-dark() or custom properties). */
  text: string;
  /** Its top border's colour, resolved: the chart's grid lines. */
  grid: string;
}

/**
 * The element's colours, read again whenever they may change: the theme pinned or unpinned
 * (data-theme on the root) or the OS switching between light and dark.
 */
export function useThemeColors(ref: RefObject<HTMLElement | null>): ThemeColors | null {
  const [colors, setColors] = useState<ThemeColors | null>(null);
  useEffect(() => {
    const read = () => {
      const element = ref.current;
      if (!element) return;
      const style = getComputedStyle(element);
      setColors({ text: style.color, grid: style.borderTopColor });
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', read);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', read);
    };
  }, [ref]);
  return colors;
}
