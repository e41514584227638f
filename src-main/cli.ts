// The headless CLI: the same core as the app, with keys from environment variables.
// Usage: npx arena <command> [options], or npm run arena --silent -- <command> [options]. Start it
// through bin/arena.js, which checks the Node version first.
import { runCli } from './cli/run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
});
