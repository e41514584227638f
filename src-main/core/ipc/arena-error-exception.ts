import type { ArenaError } from '../../../src-shared/domain.ts';

/** Thrown by core code to return a structured ArenaError through a route. */
export class ArenaErrorException extends Error {
  readonly error: ArenaError;
  constructor(error: ArenaError) {
    super(error.message);
    this.name = 'ArenaErrorException';
    this.error = error;
  }
}
