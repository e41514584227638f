// The benches' HTTP server: node:http on 127.0.0.1 in the bench's own process.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const WRITE_SIZE = 16 * 1024;

export interface LoopbackServer {
  /** http://127.0.0.1:port, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export type LoopbackHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** Starts a server whose handler runs once the request body has been read. */
export async function startLoopback(handler: LoopbackHandler): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    request.resume();
    request.once('end', () => {
      Promise.resolve(handler(request, response)).catch((error: unknown) => {
        console.error('bench server:', error);
        response.destroy();
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Waits for the socket to take more, or to close; removes both listeners either way (events.once would not). */
function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

/** Writes the body in WRITE_SIZE pieces as fast as the socket takes them, then ends. */
export async function writeInPieces(response: ServerResponse, body: Buffer): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (let offset = 0; offset < body.length; offset += WRITE_SIZE) {
    if (response.destroyed) return;
    if (!response.write(body.subarray(offset, offset + WRITE_SIZE))) await drainedOrClosed(response);
  }
  response.end();
}
