import type { ArenaApi } from '../../../src-shared/contract.ts';

/** The typed bridge to main. Undefined only when the page is opened outside the app. */
export function getArena(): ArenaApi | undefined {
  return (window as { arena?: ArenaApi }).arena;
}
