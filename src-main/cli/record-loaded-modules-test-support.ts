// Loaded with `node --import` by cli-startup.test.ts: records the URL of every module the process
// loads and, as it exits, writes them one per line to the file named by ARENA_RECORD_LOADS_TO.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const target = process.env.ARENA_RECORD_LOADS_TO;
const loaded: string[] = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  if (target) writeFileSync(target, loaded.join('\n'));
});
