import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { cancelledError } from './transport-error.ts';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits `ms`; an abort (before or during the wait) rejects with a `cancelled` ArenaErrorException. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ArenaErrorException(cancelledError()));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ArenaErrorException(cancelledError()));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
