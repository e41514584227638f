// Shared by tests that run the whole core (routes, vault, compare) without Electron.
import { type ArenaCore, type ArenaCoreOptions, createArenaCore } from './app-core.ts';

/** The core as the test harness runs it: every sender trusted, no events, no environment keys. */
export function createTestCore(
  options: Pick<ArenaCoreOptions, 'dataDir' | 'vault'> & Partial<ArenaCoreOptions>,
): ArenaCore {
  return createArenaCore({
    host: 'harness',
    version: '0.0.0-test',
    isTrustedSender: () => true,
    emit: () => {},
    env: {},
    ...options,
  });
}
