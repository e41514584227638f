// Shared by the HTTP layer's tests.
import { expect } from 'vitest';
import type { ArenaError } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';

/** Awaits `promise`, expecting it to reject with an ArenaErrorException, and returns its error. */
export async function arenaErrorOf(promise: Promise<unknown>): Promise<ArenaError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ArenaErrorException);
    return (error as ArenaErrorException).error;
  }
  throw new Error('expected a failure');
}
