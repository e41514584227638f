import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

export interface ReplayResponse {
  status: number;
  contentType: string;
  body: Uint8Array;
}

export interface ReplayServer {
  /** http://127.0.0.1:PORT — loopback only. */
  url: string;
  close(): Promise<void>;
}

export function contentTypeFor(file: string): string {
  const extension = extname(file).toLowerCase();
  if (extension === '.sse') return 'text/event-stream; charset=utf-8';
  if (extension === '.json') return 'application/json';
  return 'text/plain; charset=utf-8';
}

/** Answers every request with one recorded body: the `replay` command points a real client at it. */
export async function startReplayServer(response: ReplayResponse): Promise<ReplayServer> {
  const server = createServer((request, reply) => {
    request.resume();
    request.on('end', () => {
      reply.writeHead(response.status, { 'content-type': response.contentType });
      reply.end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
