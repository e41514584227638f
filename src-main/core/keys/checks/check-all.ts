import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { type CheckDeps, type CheckInput, checkKey } from './check-key.ts';

export interface CheckAllDeps extends CheckDeps {
  onProgress?: (id: string, result: KeyCheck, done: number, total: number) => void;
  /** Checks running at once. Default 4. */
  concurrency?: number;
}

/** Checks every key, a few at a time, reporting each as it finishes. */
export async function checkAll(
  items: readonly { id: string; input: CheckInput }[],
  deps: CheckAllDeps = {},
): Promise<Map<string, KeyCheck>> {
  const results = new Map<string, KeyCheck>();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const result = await checkKey(item.input, deps);
      results.set(item.id, result);
      deps.onProgress?.(item.id, result, results.size, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, items.length) }, worker));
  return results;
}
