/** A mistake on the command line: the CLI prints its one-line message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
