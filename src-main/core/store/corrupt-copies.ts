import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The suffix corruptFileName gives: `.corrupt-` and an ISO time with ":" and "." as "-". */
const CORRUPT_SUFFIX = /^\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/**
 * Deletes all but the newest `keep` moved-aside copies of `file` (`<file>.corrupt-<time>`, newest
 * by the time in the name, which is when it was moved). Other files, another file's copies
 * included, are never touched. Never throws: a copy that cannot be removed is left in place.
 */
export function removeOlderCorruptCopies(file: string, keep: number): void {
  const folder = dirname(file);
  const fileName = basename(file);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const copies = names
    .filter((name) => name.startsWith(fileName) && CORRUPT_SUFFIX.test(name.slice(fileName.length)))
    .sort();
  for (const name of copies.slice(0, Math.max(0, copies.length - keep))) {
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Already gone, or not ours to remove.
    }
  }
}
