import { streamColumn } from '../core/client/stream-column.ts';
import { createCompareOrchestrator } from '../core/compare/orchestrator.ts';
import { createRateLimiter } from '../core/http/rate-limiter.ts';
import { envKeySource } from '../core/keys/key-source.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { toColumnReport } from './column-report.ts';
import { parseCompareArgs } from './compare-args.ts';
import { compareReport } from './compare-report.ts';
import type { CliIo } from './run-cli.ts';

export { COMPARE_USAGE } from './compare-args.ts';

/** Exit 0 when every model answered, 1 when any failed; argument errors throw UsageError (exit 2). */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { request, json, brief, limits, notices } = parseCompareArgs(args);
  for (const notice of notices) io.err(`${notice}\n`);

  const catalog = createDefaultCatalog();
  const rateLimiter = createRateLimiter();
  const orchestrator = createCompareOrchestrator({
    emit: () => {},
    priceFor: (column) => catalog.lookup(column.provider, column.model, column.region),
    streamColumn: (column, shared, signal, hooks) =>
      streamColumn(column, shared, signal, { keys: envKeySource(io.env), rateLimiter, ...limits }, hooks),
  });
  const started = performance.now();
  const results = await orchestrator.start(request).done;
  const wallMs = performance.now() - started;

  const scrub = io.scrub ?? (<T>(value: T) => value);
  const columns = request.columns.map((column) => ({
    label: `${column.provider}/${column.model}`,
    result: scrub(results.get(column.columnId)!),
  }));
  if (json) {
    const report = columns.map(({ label, result }) => ({ model: label, ...toColumnReport(result) }));
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.out(compareReport(columns, { brief, wallMs }));
  }
  return columns.some(({ result }) => result.error) ? 1 : 0;
}
