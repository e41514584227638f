// Sync scroll: scrolling one column's body scrolls the others to the same proportion. Scrolls the
// app makes itself (following an answer's end, syncing) are marked, so they do not echo back.
const madeByApp = new WeakMap<Element, number>();

/** Scrolls without the other columns following. */
export function setScrollTopQuietly(element: HTMLElement, top: number): void {
  const target = Math.max(0, Math.round(top));
  if (Math.abs(element.scrollTop - target) < 1) return;
  madeByApp.set(element, target);
  element.scrollTop = target;
}

/** True when this scroll event is one the app made (and forgets the mark). */
function isAppScroll(element: HTMLElement): boolean {
  const expected = madeByApp.get(element);
  if (expected === undefined) return false;
  madeByApp.delete(element);
  return Math.abs(element.scrollTop - expected) <= 1;
}

const progress = (element: HTMLElement) => {
  const range = element.scrollHeight - element.clientHeight;
  return range > 0 ? element.scrollTop / range : 0;
};

/**
 * Listens (once, in the capture phase: scroll does not bubble) for scrolls of any element matching
 * `selector` inside `container`, and moves the others to the same proportion of their length.
 */
export function syncScroll(container: HTMLElement, selector: string): () => void {
  const onScroll = (event: Event) => {
    const source = event.target;
    if (!(source instanceof HTMLElement) || !source.matches(selector) || isAppScroll(source)) return;
    const ratio = progress(source);
    for (const other of container.querySelectorAll<HTMLElement>(selector)) {
      if (other !== source) setScrollTopQuietly(other, ratio * (other.scrollHeight - other.clientHeight));
    }
  };
  container.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => container.removeEventListener('scroll', onScroll, { capture: true });
}
