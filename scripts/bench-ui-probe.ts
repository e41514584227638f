// Runs inside the page the UI bench drives: notes when each column's text arrives from main, and, frame
// by frame, how many letters of each column's answer are on screen and when that frame began and was
// rendered. Injected as source text (see installPaintProbe), so it is self-contained: it references
// nothing outside its body but types.
import type { ArenaEvent } from '../src-shared/contract.ts';
import type { ProbeColumn, ProbeRecord } from './bench-ui-probe-record.ts';

export type { ProbeColumn, ProbeRecord } from './bench-ui-probe-record.ts';

export interface PaintProbe {
  /** Starts watching the columns now on the page (forgetting any earlier record); returns their ids in order. */
  arm(): string[];
  /** Stops watching and hands over what was seen. */
  take(): ProbeRecord;
}

/**
 * Installs window.__paintProbe. While armed, a requestAnimationFrame loop posts a task from each frame's
 * callbacks; that task runs once the frame's rendering is done, and counts the ASCII letters of each
 * column whose answer changed (code blocks' language and Copy labels excluded). The app applies streamed
 * text in its own animation-frame callback, so text committed in a frame is counted right after the
 * frame that shows it. Letters, not characters: markdown syntax is not on screen.
 * Must be installed before the harness's bridge script, whose window.__arenaEmit it wraps when armed.
 */
export function installPaintProbe(): void {
  interface Watched {
    body: Element;
    dirty: boolean;
    last: number;
    receivedChars: number;
    record: ProbeColumn;
  }
  const epochNow = () => performance.timeOrigin + performance.now();
  let watched: Watched[] = [];
  let byColumnId = new Map<string, Watched>();
  let observers: MutationObserver[] = [];
  let longTasks: { atMs: number; ms: number }[] = [];
  let armed = false;
  /** performance.now() when armed: long tasks that began before belong to the set-up, not the run. */
  let armedAt = 0;
  let frames = 0;
  let lastFrameAt = 0;
  let frameStartedAt = 0;
  let longestFrameGapMs = 0;
  let probeMs = 0;

  const countLetters = (text: string): number => {
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i) | 0x20;
      if (code >= 0x61 && code <= 0x7a) letters++;
    }
    return letters;
  };
  /** Letters of a node outside code bars (a code block's language and Copy button are not answer text). */
  const lettersIn = (node: Node): number => {
    let letters = countLetters(node.textContent ?? '');
    if (node instanceof Element) {
      for (const bar of node.querySelectorAll('.md-code-bar')) letters -= countLetters(bar.textContent ?? '');
    }
    return letters;
  };
  // Finished markdown blocks do not change: a block's count is kept until something inside it changes, so
  // counting a frame costs the blocks that changed, not the whole answer.
  const blockLetters = new WeakMap<Node, number>();
  /** The markdown block (a child of .markdown, or of one of its .md-group groups) holding `node`, or null. */
  const isGroup = (node: Node): node is Element =>
    node instanceof Element && node.classList.contains('md-group');
  const blockOf = (node: Node): Node | null => {
    for (let current: Node | null = node; current?.parentNode; current = current.parentNode) {
      const parent = current.parentNode;
      if (parent instanceof Element && parent.classList.contains('markdown') && !isGroup(current))
        return current;
      if (isGroup(parent)) return current;
    }
    return null;
  };
  const lettersOfBlocks = (blocks: Iterable<Node>): number => {
    let letters = 0;
    for (const block of blocks) {
      if (isGroup(block)) {
        letters += lettersOfBlocks(block.childNodes);
        continue;
      }
      let count = blockLetters.get(block);
      if (count === undefined) {
        count = lettersIn(block);
        blockLetters.set(block, count);
      }
      letters += count;
    }
    return letters;
  };
  const lettersOf = (body: Element): number => {
    const markdown = body.querySelector('.pg-answer:not(.pg-past-answer) > .markdown');
    return markdown ? lettersOfBlocks(markdown.childNodes) : 0;
  };

  const noteArrival = (event: ArenaEvent) => {
    if (event.type !== 'compare.batch') return;
    const at = epochNow();
    for (const item of event.items) {
      const column = byColumnId.get(item.columnId);
      if (!column) continue;
      for (const streamed of item.events)
        if (streamed.type === 'text') column.receivedChars += streamed.delta.length;
      column.record.received.totals.push(column.receivedChars);
      column.record.received.at.push(at);
    }
  };
  let wrapped = false;
  const wrapBridge = () => {
    const deliver = window.__arenaEmit;
    if (wrapped || !deliver) return;
    wrapped = true;
    window.__arenaEmit = (event) => {
      if (armed) noteArrival(event);
      deliver(event);
    };
  };

  const afterRendering = new MessageChannel();
  afterRendering.port1.onmessage = () => {
    const started = performance.now();
    const paintedAt = epochNow();
    for (const column of watched) {
      if (!column.dirty) continue;
      column.dirty = false;
      const letters = lettersOf(column.body);
      if (letters === column.last) continue;
      column.last = letters;
      column.record.totals.push(letters);
      column.record.frameAt.push(frameStartedAt);
      column.record.paintedAt.push(paintedAt);
    }
    probeMs += performance.now() - started;
  };
  const onFrame = (time: number) => {
    if (!armed) return;
    frameStartedAt = epochNow();
    frames++;
    if (lastFrameAt > 0) longestFrameGapMs = Math.max(longestFrameGapMs, time - lastFrameAt);
    lastFrameAt = time;
    afterRendering.port2.postMessage(null);
    requestAnimationFrame(onFrame);
  };
  const noteLongTasks = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      if (entry.startTime >= armedAt) longTasks.push({ atMs: entry.startTime - armedAt, ms: entry.duration });
    }
  };
  const longTaskObserver = new PerformanceObserver((list) => {
    if (armed) noteLongTasks(list.getEntries());
  });
  longTaskObserver.observe({ type: 'longtask' });

  const stop = () => {
    armed = false;
    for (const observer of observers) observer.disconnect();
    observers = [];
  };

  window.__paintProbe = {
    arm() {
      stop();
      wrapBridge();
      const sections = [...document.querySelectorAll('section.pg-column')];
      byColumnId = new Map();
      watched = sections.map((section) => {
        const body = section.querySelector('.pg-column-body') ?? section;
        const column: Watched = {
          body,
          dirty: false,
          last: lettersOf(body),
          receivedChars: 0,
          record: { totals: [], frameAt: [], paintedAt: [], received: { totals: [], at: [] } },
        };
        byColumnId.set(section.getAttribute('data-column-id') ?? '', column);
        const observer = new MutationObserver((records) => {
          column.dirty = true;
          for (const record of records) {
            const block = blockOf(record.target);
            if (block) blockLetters.delete(block);
          }
        });
        observer.observe(body, { childList: true, subtree: true, characterData: true });
        observers.push(observer);
        return column;
      });
      longTasks = [];
      frames = 0;
      lastFrameAt = 0;
      longestFrameGapMs = 0;
      probeMs = 0;
      armedAt = performance.now();
      armed = true;
      requestAnimationFrame(onFrame);
      return sections.map((section) => section.getAttribute('data-column-id') ?? '');
    },
    take() {
      // Entries not yet delivered to the callback are still part of this run.
      noteLongTasks(longTaskObserver.takeRecords());
      stop();
      return {
        columns: watched.map((column) => column.record),
        finalLetters: watched.map((column) => lettersOf(column.body)),
        longTasks,
        armedMs: performance.now() - armedAt,
        frames,
        longestFrameGapMs,
        probeMs,
      };
    },
  };
}

declare global {
  interface Window {
    __paintProbe?: PaintProbe;
  }
}
