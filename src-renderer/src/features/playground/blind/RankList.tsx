import { ArrowDown, ArrowUp, GripVertical } from 'lucide-react';
import { type DragEvent, useState } from 'react';

interface RankListProps {
  /** Column ids, best first. */
  order: readonly string[];
  nameOf: (columnId: string) => string;
  onChange: (order: string[]) => void;
}

/** `order` with the item at `from` moved to `to`. */
export function moved<T>(order: readonly T[], from: number, to: number): T[] {
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * A ranking, best first: drag a row to its place, or use its Move up / Move down buttons (the
 * keyboard way; focus stays on the button as the row moves).
 */
export function RankList({ order, nameOf, onChange }: RankListProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const move = (from: number, to: number, button?: HTMLButtonElement) => {
    if (to < 0 || to >= order.length) return;
    onChange(moved(order, from, to));
    if (button) requestAnimationFrame(() => button.isConnected && button.focus());
  };
  const drop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };
  return (
    <ol className="pg-rank-list" aria-label="Your ranking, best first">
      {order.map((columnId, at) => {
        const name = nameOf(columnId);
        return (
          <li
            key={columnId}
            className={dragged === at ? 'pg-rank-item dragging' : 'pg-rank-item'}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', name);
              setDragged(at);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, at)}
            onDragEnd={() => setDragged(null)}
          >
            <GripVertical aria-hidden="true" size={16} className="pg-rank-grip" />
            <span className="pg-rank-place">{at + 1}.</span>
            <span className="pg-rank-name">{name}</span>
            <button
              type="button"
              className="quiet pg-icon-button"
              aria-label={`Move ${name} up`}
              aria-disabled={at === 0}
              onClick={(event) => move(at, at - 1, event.currentTarget)}
            >
              <ArrowUp aria-hidden="true" size={16} />
            </button>
            <button
              type="button"
              className="quiet pg-icon-button"
              aria-label={`Move ${name} down`}
              aria-disabled={at === order.length - 1}
              onClick={(event) => move(at, at + 1, event.currentTarget)}
            >
              <ArrowDown aria-hidden="true" size={16} />
            </button>
          </li>
        );
      })}
    </ol>
  );
}
