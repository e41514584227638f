import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { abortableSleep, type Sleep } from './abortable-sleep.ts';
import { decideRetry, type RetryDecision, type RetryInput, type RetryPolicyOptions } from './retry-policy.ts';
import { cancelledError } from './transport-error.ts';

export interface AttemptContext {
  /** Counting from 1. */
  attempt: number;
  signal: AbortSignal | undefined;
  /** Response body bytes arrived: a timeout or disconnect from now on is not retried. */
  markReceivedBytes(): void;
  /** Output reached the user: nothing is retried from now on. */
  markStreamedOutput(): void;
}

export interface AttemptFailure {
  attempt: number;
  error: ArenaError;
  decision: RetryDecision;
}

export interface WithRetriesOptions {
  /** Aborting stops the attempts, including a wait between them: the result is `cancelled`. */
  signal?: AbortSignal;
  policy?: RetryPolicyOptions;
  /** Replaces the policy (tests, or a provider with its own rules). */
  decide?: (input: RetryInput) => RetryDecision;
  sleep?: Sleep;
  /** How a thrown value becomes an ArenaError. Default: ArenaErrorException's error, anything else `protocol`. */
  toArenaError?: (error: unknown) => ArenaError;
  /** Before each attempt. */
  onAttempt?: (attempt: number) => void;
  /** After each failed attempt, with what happens next (logging, metrics, a "retrying in 2 s" notice). */
  onFailure?: (failure: AttemptFailure) => void;
}

function defaultToArenaError(error: unknown): ArenaError {
  if (error instanceof ArenaErrorException) return error.error;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'protocol', message: `The response could not be processed: ${detail}` };
}

interface AttemptState {
  context: AttemptContext;
  receivedAnyBytes: boolean;
  streamedAnyOutput: boolean;
}

function newAttempt(attempt: number, signal: AbortSignal | undefined): AttemptState {
  const state: AttemptState = {
    receivedAnyBytes: false,
    streamedAnyOutput: false,
    context: {
      attempt,
      signal,
      markReceivedBytes: () => {
        state.receivedAnyBytes = true;
      },
      markStreamedOutput: () => {
        state.streamedAnyOutput = true;
      },
    },
  };
  return state;
}

/** Decides about a failed attempt: resolves after the wait when it is retried, else throws the final error. */
async function afterFailure(
  thrown: unknown,
  state: AttemptState,
  options: WithRetriesOptions,
): Promise<void> {
  const { signal } = options;
  const error = signal?.aborted ? cancelledError() : (options.toArenaError ?? defaultToArenaError)(thrown);
  const input: RetryInput = {
    error,
    attempt: state.context.attempt,
    streamedAnyOutput: state.streamedAnyOutput,
    receivedAnyBytes: state.receivedAnyBytes,
  };
  const decision = options.decide ? options.decide(input) : decideRetry(input, options.policy);
  options.onFailure?.({ attempt: state.context.attempt, error, decision });
  if (!decision.retry)
    throw thrown instanceof ArenaErrorException && thrown.error === error
      ? thrown
      : new ArenaErrorException(error);
  await (options.sleep ?? abortableSleep)(decision.delayMs, signal);
  if (signal?.aborted) throw new ArenaErrorException(cancelledError());
}

/** Runs `run` until it succeeds or the policy says stop; rejects with an ArenaErrorException. */
export async function withRetries<T>(
  run: (context: AttemptContext) => Promise<T>,
  options: WithRetriesOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new ArenaErrorException(cancelledError());
    const state = newAttempt(attempt, options.signal);
    options.onAttempt?.(attempt);
    try {
      return await run(state.context);
    } catch (thrown) {
      await afterFailure(thrown, state, options);
    }
  }
}

/**
 * Streams the items of `run`, starting it again after a retryable failure. Yielding an item counts
 * as output reaching the user (no retry after it), so an attempt should fail by throwing, not by
 * yielding an error item, when it wants a retry. The final failure is thrown as an ArenaErrorException.
 */
export async function* streamWithRetries<T>(
  run: (context: AttemptContext) => AsyncIterable<T>,
  options: WithRetriesOptions = {},
): AsyncGenerator<T, void, undefined> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new ArenaErrorException(cancelledError());
    const state = newAttempt(attempt, options.signal);
    options.onAttempt?.(attempt);
    try {
      for await (const item of run(state.context)) {
        state.streamedAnyOutput = true;
        yield item;
      }
      return;
    } catch (thrown) {
      await afterFailure(thrown, state, options);
    }
  }
}
