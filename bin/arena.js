#!/usr/bin/env node
// The `arena` command (npx arena, npm run arena). The CLI is TypeScript, which Node runs only from
// 22.18 on: check the version first, then load it, so an old Node gets a sentence instead of
// ERR_UNKNOWN_FILE_EXTENSION.
import { exitUnlessSupportedNode } from '../scripts/check-node.mjs';

exitUnlessSupportedNode();
import('../src-main/cli.ts');
