// One GET of Artificial Analysis' language-model list, bounded in time and size. Never throws.
import type { ArenaError } from '../../../../src-shared/domain.ts';
import { openApiResponse } from '../../http/api-response.ts';
import { readBodyText } from '../../http/stream-request.ts';
import { ArenaErrorException } from '../../ipc/arena-error-exception.ts';
import { aaDestinationProblem, aaModelUrls } from './aa-endpoint.ts';
import { aaHttpError, aaNotJsonError, aaTimeoutError } from './aa-errors.ts';

/** The whole list is a few MB today; this bounds what a hostile or broken server can make us hold. */
export const AA_MAX_BODY_BYTES = 16 * 1024 * 1024;
const MAX_ERROR_BODY_BYTES = 64 * 1024;
export const AA_TIMEOUT_MS = 30_000;

export interface AaFetchOptions {
  /** Replaces https://artificialanalysis.ai (tests: a loopback fake). */
  host?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export type AaFetchResult = { ok: true; payload: unknown } | { ok: false; error: ArenaError };

export async function fetchAaModels(key: string, options: AaFetchOptions = {}): Promise<AaFetchResult> {
  const timeoutMs = options.timeoutMs ?? AA_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const urls = aaModelUrls(options.host);
    for (const [index, url] of urls.entries()) {
      const refused = aaDestinationProblem(url);
      if (refused) return { ok: false, error: { kind: 'invalid_request', message: refused } };
      const outcome = await getOnce(url, key, controller.signal, timeoutMs, options.maxBytes);
      const tryOlderPath = !outcome.ok && outcome.error.httpStatus === 404 && index + 1 < urls.length;
      if (!tryOlderPath) return outcome;
    }
    return { ok: false, error: { kind: 'protocol', message: 'No Artificial Analysis endpoint answered.' } };
  } catch (error) {
    if (controller.signal.aborted && !options.signal?.aborted)
      return { ok: false, error: aaTimeoutError(timeoutMs) };
    if (error instanceof ArenaErrorException) return { ok: false, error: error.error };
    return { ok: false, error: { kind: 'network', message: 'The request to Artificial Analysis failed.' } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function getOnce(
  url: string,
  key: string,
  signal: AbortSignal,
  timeoutMs: number,
  maxBytes = AA_MAX_BODY_BYTES,
): Promise<AaFetchResult> {
  const response = await openApiResponse({
    url,
    method: 'GET',
    headers: { accept: 'application/json', 'x-api-key': key },
    signal,
    headersTimeoutMs: timeoutMs,
    idleTimeoutMs: timeoutMs,
    maxBodyBytes: maxBytes,
  });
  if (response.status >= 400) {
    const text = await readBodyText(response, MAX_ERROR_BODY_BYTES).catch(() => '');
    return { ok: false, error: aaHttpError(response.status, response.headers, text, key) };
  }
  const text = await readBodyText(response, maxBytes);
  try {
    return { ok: true, payload: JSON.parse(text) };
  } catch {
    return { ok: false, error: aaNotJsonError() };
  }
}
