import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type FakeResponse, writeFakeResponse } from './fake-response.ts';

export { contentTypeFor } from './content-type-for.ts';
export type { FakeResponse } from './fake-response.ts';

/** Everything the fake saw of one request, and what became of its connection. */
export interface RecordedRequest {
  method: string;
  /** Path including the query string, as sent. */
  path: string;
  /** Lowercased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bodyText: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
  /** performance.now() when the request arrived (before its body was read). */
  receivedAt: number;
  /** The client's port: requests sharing it came over one kept-alive connection. */
  remotePort: number | undefined;
  /** True once the client closed the connection before the response was complete. */
  clientAborted: boolean;
  /** True once the connection that carried this request has closed (for any reason). */
  socketClosed: boolean;
  /** Resolves when the response has finished or its connection has gone. */
  responseClosed: Promise<void>;
  /** Resolves when the connection that carried this request closes. */
  socketClose: Promise<void>;
}

/** Full control: write whatever you like to `res`. */
export type FakeHandler = (request: RecordedRequest, res: ServerResponse) => void | Promise<void>;

/** Which requests a route answers: method (any if omitted) and path (a string matches the path without its query; a RegExp is tested against the path with its query). */
export interface RouteMatch {
  method?: string;
  path?: string | RegExp;
}

export type FakeRoute = RouteMatch & (FakeResponse | { handle: FakeHandler });

export interface FakeProvider {
  /** Base URL, e.g. http://127.0.0.1:PORT (loopback only, no trailing slash). */
  url: string;
  port: number;
  /** Every request received, in arrival order. */
  requests: RecordedRequest[];
  /** One-shot responses, answered in FIFO order by the first queued route matching a request. */
  enqueue(...routes: FakeRoute[]): void;
  /** A standing route, used when no queued one matches; later routes win. Without method and path it is the fallback. */
  setHandler(route: FakeRoute): void;
  /** Resolves once `count` requests in total have arrived. */
  waitForRequests(count: number): Promise<RecordedRequest[]>;
  /** Forgets queued and standing routes and recorded requests. */
  reset(): void;
  /** Stops listening and destroys every open connection. */
  close(): Promise<void>;
}

function matches(route: RouteMatch, method: string, path: string): boolean {
  if (route.method && route.method.toUpperCase() !== method) return false;
  if (route.path === undefined) return true;
  if (typeof route.path === 'string') return route.path === path.split('?')[0];
  return route.path.test(path);
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of request) chunks.push(chunk as Buffer);
  } catch {
    // The client went away mid-request: keep what arrived.
  }
  return Buffer.concat(chunks).toString('utf8');
}

const NOT_SCRIPTED: FakeResponse = { status: 404 };

/** Starts a scriptable fake provider on 127.0.0.1 and a free port. */
export async function startFakeProvider(): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  let queue: FakeRoute[] = [];
  let standing: FakeRoute[] = [];
  const sockets = new Set<Socket>();
  const socketCloses = new WeakMap<Socket, Promise<void>>();
  const socketCloseOf = (socket: Socket): Promise<void> =>
    socket.destroyed
      ? Promise.resolve()
      : (socketCloses.get(socket) ?? new Promise((resolve) => socket.once('close', () => resolve())));
  let closing = false;
  const waiters: Array<{ count: number; resolve: (requests: RecordedRequest[]) => void }> = [];

  function routeFor(method: string, path: string): FakeRoute {
    const index = queue.findIndex((route) => matches(route, method, path));
    if (index >= 0) return queue.splice(index, 1)[0]!;
    for (let i = standing.length - 1; i >= 0; i--) {
      if (matches(standing[i]!, method, path)) return standing[i]!;
    }
    return {
      ...NOT_SCRIPTED,
      json: { error: { message: `fake provider: nothing scripted for ${method} ${path}` } },
    };
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const socket = req.socket;
    const closed = new AbortController();
    let serverDrop = false;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: headersOf(req),
      bodyText: '',
      json: undefined,
      receivedAt,
      remotePort: socket.remotePort,
      clientAborted: false,
      socketClosed: socket.destroyed,
      responseClosed: new Promise((resolve) => res.once('close', () => resolve())),
      socketClose: socketCloseOf(socket),
    };
    void record.socketClose.then(() => {
      record.socketClosed = true;
    });
    res.once('close', () => {
      if (!res.writableFinished && !serverDrop && !closing) record.clientAborted = true;
      closed.abort();
    });

    record.bodyText = await readBody(req);
    record.json = parseJson(record.bodyText);
    requests.push(record);
    for (const waiter of [...waiters]) {
      if (requests.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...requests]);
      }
    }

    const route = routeFor(record.method, record.path);
    if ('handle' in route) {
      await route.handle(record, res);
      return;
    }
    await writeFakeResponse(res, route, {
      closed: closed.signal,
      markServerDrop: () => {
        serverDrop = true;
      },
    });
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake provider failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    // One listener per connection, not per request: a kept-alive socket serves many requests.
    socketCloses.set(
      socket,
      new Promise((resolve) =>
        socket.once('close', () => {
          sockets.delete(socket);
          resolve();
        }),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    enqueue: (...routes) => {
      queue.push(...routes);
    },
    setHandler: (route) => {
      standing.push(route);
    },
    waitForRequests: (count) =>
      requests.length >= count
        ? Promise.resolve([...requests])
        : new Promise((resolve) => waiters.push({ count, resolve })),
    reset: () => {
      queue = [];
      standing = [];
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}
