// Which line of the History list a navigation key moves to. Pure.

/** The line `key` moves to from `active` in a list of `count` lines, `page` lines a screen; null: not ours. */
export function lineAfterKey(key: string, active: number, count: number, page: number): number | null {
  if (count === 0) return null;
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = active + 1;
      break;
    case 'ArrowUp':
      next = active - 1;
      break;
    case 'PageDown':
      next = active + Math.max(1, page);
      break;
    case 'PageUp':
      next = active - Math.max(1, page);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return Math.min(count - 1, Math.max(0, next));
}
