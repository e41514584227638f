import { readFile } from 'node:fs/promises';
import { contentTypeFor } from './content-type.ts';
import { resolveAppPath } from './resolve-app-path.ts';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers app:// requests from the renderer build folder only (see resolveAppPath), for
 * Electron's protocol.handle. Plain Node: tested without Electron.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, rendererDir);
    if (!resolved.ok) return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not found');
    let body: Buffer;
    try {
      body = await readFile(resolved.file);
    } catch {
      // Missing, a folder, or unreadable: the same answer, which reveals nothing about the disk.
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { 'content-type': contentTypeFor(resolved.file), 'x-content-type-options': 'nosniff' },
    });
  };
}
