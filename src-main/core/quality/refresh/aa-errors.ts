// What a failed Artificial Analysis request means for the user, in the app's error kinds.
import type { ArenaError } from '../../../../src-shared/domain.ts';
import { classifyHttpFailure } from '../../errors/classify.ts';

const NAME = 'Artificial Analysis';

/** An error status: the kind from the app's classifier, the message said for this data source. */
export function aaHttpError(
  status: number,
  headers: Readonly<Record<string, string | undefined>>,
  bodyText: string,
  key: string,
): ArenaError {
  const classified = classifyHttpFailure(status, headers, bodyText, { secrets: [key] });
  const wait = classified.retryAfterMs ? ` for about ${Math.ceil(classified.retryAfterMs / 1000)} s` : '';
  const base = { ...classified, httpStatus: status };
  switch (classified.kind) {
    case 'auth':
      return {
        ...base,
        message: `${NAME} refused the key (HTTP ${status}): check it on the Keys page, or create a new one at artificialanalysis.ai/insights.`,
      };
    case 'rate_limit':
    case 'quota_exhausted':
      return {
        ...base,
        kind: 'rate_limit',
        message: `${NAME} is rate-limiting this key${wait} (HTTP ${status}; the free tier allows 1,000 requests a day): try again later.`,
      };
    case 'server':
    case 'overloaded':
      return { ...base, message: `${NAME} had a server error (HTTP ${status}): try again later.` };
    default:
      return {
        ...base,
        message: `${NAME} answered HTTP ${status}: try again later; if it keeps happening, check artificialanalysis.ai for API changes.`,
      };
  }
}

export function aaTimeoutError(timeoutMs: number): ArenaError {
  return {
    kind: 'timeout',
    message: `${NAME} did not answer within ${timeoutMs / 1000} s: check your connection and try again.`,
  };
}

export function aaNotJsonError(): ArenaError {
  return {
    kind: 'protocol',
    message: `${NAME} answered with something that is not JSON: try again later; if it keeps happening, the API may have changed.`,
  };
}
