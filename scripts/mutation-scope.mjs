// Which files mutation testing mutates: stryker.config.mjs reads these lists, and the score script
// counts only the kept results of files still in them (a file removed or excluded since keeps its old
// results in the incremental file, which would otherwise go on counting).
import { existsSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';

export const MUTATED = ['src-main/core/**/*.ts', 'src-shared/**/*.ts'];

export const NOT_MUTATED = [
  '**/*.test.ts',
  '**/*test-support*.ts',
  // Type-only modules: nothing to mutate.
  'src-main/core/client/column-hooks.ts',
  'src-main/core/history/export/choose-save-path.ts',
  'src-main/core/keys/cipher.ts',
  'src-main/core/wires/chat-request.ts',
  'src-shared/plan-quota.ts',
];

/** Whether a whole run mutates `path` (relative to `root`, forward slashes): in scope, not excluded, present. */
export function isMutated(path, root = process.cwd()) {
  return (
    MUTATED.some((pattern) => matchesGlob(path, pattern)) &&
    !NOT_MUTATED.some((pattern) => matchesGlob(path, pattern)) &&
    existsSync(join(root, path))
  );
}
