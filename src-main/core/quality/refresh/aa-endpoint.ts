// Where an Artificial Analysis key may go: artificialanalysis.ai, or a server on this machine (tests).
import { isLoopbackUrl } from '../../../../src-shared/base-url-policy.ts';

export const AA_ORIGIN = 'https://artificialanalysis.ai';

/**
 * The language-model list: the current reference's path first, then the one older clients use
 * (tried only when the first answers 404). Both carry `data[].evaluations`.
 */
export const AA_MODEL_PATHS = ['/api/v2/language/models', '/api/v2/data/llms/models'] as const;

/** The URLs to try, at artificialanalysis.ai or at `host` (a loopback fake in tests). */
export function aaModelUrls(host?: string): string[] {
  const origin = host ? new URL(host).origin : AA_ORIGIN;
  return AA_MODEL_PATHS.map((path) => `${origin}${path}`);
}

/** Why the key may not be sent to `url`, or null when it may (artificialanalysis.ai or loopback). */
export function aaDestinationProblem(url: string): string | null {
  const parsed = new URL(url);
  if (parsed.origin === AA_ORIGIN || isLoopbackUrl(parsed)) return null;
  return `An Artificial Analysis key is sent only to artificialanalysis.ai, not to ${parsed.host}.`;
}
