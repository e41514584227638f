import type { ArenaError } from '../../../../src-shared/domain.ts';
import { type ClassifyContext, classifyErrorPayload, classifyHttpFailure } from '../../errors/classify.ts';
import { readErrorPayload } from '../../errors/error-payload.ts';
import { openApiResponse } from '../../http/api-response.ts';
import { readBodyText } from '../../http/stream-request.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';

export type ProbeResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number | null; error: ArenaError };

/**
 * One small request of a key check. Any HTTP error, an error object inside a 200 body (MiniMax's
 * base_resp), or a transport failure comes back as an ArenaError, never thrown.
 */
export async function probe(
  request: { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; json?: unknown },
  signal: AbortSignal,
  context: ClassifyContext,
): Promise<ProbeResult> {
  try {
    const response = await openApiResponse({
      url: request.url,
      method: request.method,
      headers: { accept: 'application/json', ...request.headers },
      // Sent only when defined: a GET has none.
      json: request.json,
      signal,
    });
    const text = await readBodyText(response, 4 * 1024 * 1024);
    if (response.status >= 400) {
      return {
        ok: false,
        status: response.status,
        error: classifyHttpFailure(response.status, response.headers, text, context),
      };
    }
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      return {
        ok: false,
        status: response.status,
        error: { kind: 'protocol', message: 'The provider answered with something that is not JSON.' },
      };
    }
    const inBody = readErrorPayload(body);
    if (inBody)
      return {
        ok: false,
        status: response.status,
        error: classifyErrorPayload(inBody, context, response.status),
      };
    return { ok: true, status: response.status, body };
  } catch (error) {
    if (error instanceof ArenaErrorException) return { ok: false, status: null, error: error.error };
    return { ok: false, status: null, error: { kind: 'network', message: String(error) } };
  }
}
