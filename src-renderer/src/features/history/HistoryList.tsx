import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { HistoryItem } from '../../../../src-shared/history.ts';
import { HistoryRow } from './HistoryRow.tsx';
import { useHistory } from './history-store.ts';
import { lineAfterKey } from './list-keys.ts';

/** A line without a search excerpt; each line is measured as it renders. */
const ESTIMATED_ROW_HEIGHT = 64;
/** The next page is asked for when the view comes this close to the last line loaded. */
const LOAD_AHEAD_ROWS = 15;

/**
 * The conversations, newest first, in a region that scrolls on its own. Only the lines near the view
 * are in the DOM; more are loaded as the view nears the end. One line at a time is in the tab order
 * (its checkbox and its Open button): the arrow keys, Home, End and Page keys move between lines.
 */
export function HistoryList({ items, total, label }: { items: HistoryItem[]; total: number; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef<'open' | 'select' | null>(null);
  const selected = useHistory((state) => state.selected);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => items[index]?.conversationId ?? index,
    overscan: 8,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastShown = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (lastShown >= items.length - LOAD_AHEAD_ROWS) void useHistory.getState().loadMore();
  }, [lastShown, items.length]);

  // Back from an opened conversation: its line (or the first, when it was deleted) in view and focused.
  useEffect(() => {
    const { returnTo } = useHistory.getState();
    if (!returnTo) return;
    useHistory.setState({ returnTo: null });
    const index = Math.max(
      0,
      items.findIndex((item) => item.conversationId === returnTo.conversationId),
    );
    setActive(index);
    focusPending.current = 'open';
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [items, virtualizer]);

  // A shorter list (a filter, a deletion) keeps the active line within it.
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  // After a key moved the active line, focus follows it once the line is rendered.
  useEffect(() => {
    const target = focusPending.current;
    if (!target) return;
    const line = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    const control = line?.querySelector<HTMLElement>(
      target === 'open' ? '.history-open' : 'input[type="checkbox"]',
    );
    if (!control) return;
    focusPending.current = null;
    control.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const page = Math.floor((scrollRef.current?.clientHeight ?? 0) / ESTIMATED_ROW_HEIGHT);
    const next = lineAfterKey(event.key, activeIndex, items.length, page);
    if (next === null) return;
    event.preventDefault();
    focusPending.current = event.target instanceof HTMLInputElement ? 'select' : 'open';
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const padTop = virtualItems[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0);
  return (
    <div className="scroll-panel" ref={scrollRef}>
      <ul
        className="history-list"
        aria-label={label}
        style={{ paddingTop: padTop, paddingBottom: padBottom }}
      >
        {virtualItems.map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          return (
            <HistoryRow
              key={virtual.key}
              item={item}
              index={virtual.index}
              setSize={total}
              active={virtual.index === activeIndex}
              selected={selected.has(item.conversationId)}
              measure={virtualizer.measureElement}
              onFocusLine={() => setActive(virtual.index)}
              onNavigate={onKeyDown}
            />
          );
        })}
      </ul>
    </div>
  );
}
