// Answers a fake provider's requests by path and model with paced streams that a test can hold at a
// gate: a UI test then sees a known intermediate state instead of racing a timer.
import type { ServerResponse } from 'node:http';
import type { FakeProvider, RecordedRequest } from '../fake-providers/fake-provider-server.ts';

export interface Gate {
  /** Resolves when the stream reached the gate (everything before it is written). */
  reached: Promise<void>;
  open(): void;
}

export function createGate(): Gate & { arrive(): void; opened: Promise<void> } {
  let arrive = () => {};
  let open = () => {};
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { reached, arrive, opened, open };
}

export interface ScriptedStream {
  frames: string[];
  /** Pause between frames, like a model producing tokens. */
  delayMs: number;
  /** Pause after the headers before the first frame, like a model's time to first token. */
  firstDelayMs?: number;
  /** Stop before frame `index` until the gate opens. */
  holdAt?: { index: number; gate: ReturnType<typeof createGate> };
  status?: number;
  contentType?: string;
}

/** A stream that answers at once, `delayMs` between frames: for tests that only need the answer. */
export const quick = (frames: string[], delayMs = 5): ScriptedStream => ({ frames, delayMs });

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

async function play(res: ServerResponse, stream: ScriptedStream): Promise<void> {
  const closed = new AbortController();
  res.once('close', () => closed.abort());
  res.writeHead(stream.status ?? 200, {
    'content-type': stream.contentType ?? 'text/event-stream; charset=utf-8',
  });
  res.flushHeaders();
  for (const [index, text] of stream.frames.entries()) {
    if (stream.holdAt?.index === index) {
      stream.holdAt.gate.arrive();
      await Promise.race([stream.holdAt.gate.opened, new Promise((resolve) => res.once('close', resolve))]);
    } else {
      await wait(index === 0 ? (stream.firstDelayMs ?? 0) : stream.delayMs, closed.signal);
    }
    if (closed.signal.aborted) return;
    res.write(text);
  }
  res.end();
}

const modelOf = (request: RecordedRequest) =>
  typeof request.json === 'object' && request.json !== null && 'model' in request.json
    ? String((request.json as { model: unknown }).model)
    : '';

/**
 * Routes chat requests by "path model" (e.g. "/anthropic/v1/messages MiniMax-M2.7") to scripted
 * streams; a list is answered in order, its last entry repeating.
 */
export function scriptStreams(fake: FakeProvider, scripts: Map<string, ScriptedStream[]>): void {
  fake.setHandler({
    method: 'POST',
    handle: async (request, res) => {
      const key = `${request.path.split('?')[0]} ${modelOf(request)}`;
      const queue = scripts.get(key);
      const stream = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      if (!stream) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `nothing scripted for ${key}` } }));
        return;
      }
      await play(res, stream);
    },
  });
}

/** The chat requests the fake received for one path and model, oldest first. */
export function requestsFor(fake: FakeProvider, path: string, model: string): RecordedRequest[] {
  return fake.requests.filter((request) => request.path.split('?')[0] === path && modelOf(request) === model);
}
