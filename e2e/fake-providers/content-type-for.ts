// The same mapping the CLI's `replay` command uses, so a fixture is served identically by both.
export { contentTypeFor } from '../../src-main/cli/replay-server.ts';
