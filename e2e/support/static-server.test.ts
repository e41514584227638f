import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { serveDirectory } from './static-server.ts';

const openSocket = (url: string) =>
  new Promise<Socket>((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => resolve(socket));
    socket.on('error', () => {});
  });

it('close() does not wait for a socket the browser opened and never used (a preconnect)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  writeFileSync(join(root, 'index.html'), '<h1>x</h1>');
  const server = await serveDirectory(root);
  const socket = await openSocket(server.url);
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  // Unfixed, close() waits for Node's header timeout (a minute), and the test times out instead.
  await server.close();
  await ended;
});
