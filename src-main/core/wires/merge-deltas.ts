/** A text or reasoning delta: the events that merge. */
interface Delta {
  type: 'text' | 'reasoning';
  delta: string;
}

const isDelta = (event: { type: string }): event is Delta =>
  event.type === 'text' || event.type === 'reasoning';

/**
 * The events with each run of adjacent deltas of one kind (text, or reasoning) merged into one, in
 * order, with one join per run: whatever comes after gets one event where the provider sent dozens.
 */
export function mergeDeltas<E extends { type: string }>(events: E[]): (E | Delta)[] {
  // One event per network read is the common case on a slow stream: nothing to merge, no copy.
  if (events.length < 2) return events;
  const merged: (E | Delta)[] = [];
  let index = 0;
  while (index < events.length) {
    const event = events[index] as E;
    index++;
    if (!isDelta(event)) {
      merged.push(event);
      continue;
    }
    const parts = [event.delta];
    for (let next = events[index]; next && isDelta(next) && next.type === event.type; next = events[++index])
      parts.push(next.delta);
    merged.push(parts.length === 1 ? event : { type: event.type, delta: parts.join('') });
  }
  return merged;
}
