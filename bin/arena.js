#!/usr/bin/env node
// The `arena` command (npx arena, npm run arena). The CLI is TypeScript, which Node runs only from
// 22.18 on: check the version first, then load it, so an old Node gets a sentence instead of
// ERR_UNKNOWN_FILE_EXTENSION.
import module from 'node:module';
import { exitUnlessSupportedNode } from '../scripts/check-node.mjs';

exitUnlessSupportedNode();
// Node's on-disk compile cache (in its default folder, os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off) spares later runs the parsing and
// type stripping. A cache that cannot be used is no reason not to start.
try {
  module.enableCompileCache();
} catch {}
import('../src-main/cli.ts');
