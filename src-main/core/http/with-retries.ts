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

/**
 * The attempts of one request, run by the caller's own loop: `begin` before each attempt, `failed`
 * after one that threw. A streaming reader drives it from inside its reading loop, so retrying adds
 * no generator layer between the socket and the window (each one costs every network read).
 */
export class RetryLoop {
  private attempt = 0;
  private state: AttemptState | null = null;
  private readonly options: WithRetriesOptions;

  constructor(options: WithRetriesOptions = {}) {
    this.options = options;
  }

  /** Starts the next attempt and returns its context; throws `cancelled` once the signal has aborted. */
  begin(): AttemptContext {
    if (this.options.signal?.aborted) throw new ArenaErrorException(cancelledError());
    this.attempt++;
    this.state = newAttempt(this.attempt, this.options.signal);
    this.options.onAttempt?.(this.attempt);
    return this.state.context;
  }

  /** After a failed attempt: resolves after the wait when it is retried, else throws the final error. */
  failed(thrown: unknown): Promise<void> {
    if (!this.state) throw new Error('RetryLoop.failed was called before begin');
    return afterFailure(thrown, this.state, this.options);
  }
}
