import type { KeyCheck } from '../../../../src-shared/keys.ts';
import { type CheckDeps, type CheckInput, checkKey, unreadableReply } from './check-key.ts';

export interface CheckAllDeps extends CheckDeps {
  onProgress?: (id: string, result: KeyCheck, done: number, total: number) => void;
  /** Checks running at once. Default 4. */
  concurrency?: number;
}

/**
 * Checks every key, a few at a time, reporting each as it finishes. Keys are isolated: a check that
 * fails in any way becomes that key's result, and every key is checked. A progress report that
 * throws (the result could not be saved) is rethrown once all keys are done.
 */
export async function checkAll(
  items: readonly { id: string; input: CheckInput }[],
  deps: CheckAllDeps = {},
): Promise<Map<string, KeyCheck>> {
  const results = new Map<string, KeyCheck>();
  const reportFailures: unknown[] = [];
  let next = 0;
  const checkOne = async (item: { id: string; input: CheckInput }) => {
    const result = await checkKey(item.input, deps).catch(() => unreadableReply(item.input));
    results.set(item.id, result);
    try {
      deps.onProgress?.(item.id, result, results.size, items.length);
    } catch (error) {
      reportFailures.push(error);
    }
  };
  const worker = async () => {
    while (next < items.length) await checkOne(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, items.length) }, worker));
  if (reportFailures.length > 0) throw reportFailures[0];
  return results;
}
