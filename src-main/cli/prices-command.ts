import { parseArgs } from 'node:util';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { priceRows } from '../core/pricing/price-rows.ts';
import { isProviderId } from '../core/providers/registry.ts';
import type { CliIo } from './run-cli.ts';

export const PRICES_USAGE = `prices [--provider P] [--json]
  Lists every known model's price per 1M tokens (input / output / cache read / cache write),
  context window, tier and quality, with each price's source and date. Works offline.`;

const perMillion = (value: number | null) =>
  value === null ? '—' : `$${(value * 1_000_000).toFixed(value * 1e6 < 1 ? 3 : 2)}`;

export async function pricesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { provider: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (values.provider && !isProviderId(values.provider)) {
    io.err(`Unknown provider "${values.provider}".\n\n${PRICES_USAGE}\n`);
    return 2;
  }
  const rows = priceRows(
    createDefaultCatalog(),
    undefined,
    values.provider && isProviderId(values.provider) ? values.provider : undefined,
  );
  if (values.json) {
    io.out(
      `${JSON.stringify(
        rows.map(({ tierReason: _reason, qualitySource: _quality, ...row }) => row),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  io.out(
    `${['model'.padEnd(46), 'input', 'output', 'cache r', 'cache w', 'context'.padStart(9), 'tier'.padEnd(9), 'quality', 'source'].join('  ')}\n`,
  );
  for (const row of rows) {
    io.out(
      `${[
        `${row.provider}/${row.model}`.slice(0, 46).padEnd(46),
        perMillion(row.inputUsdPerToken).padStart(5),
        perMillion(row.outputUsdPerToken).padStart(6),
        perMillion(row.cacheReadUsdPerToken).padStart(7),
        perMillion(row.cacheWriteUsdPerToken).padStart(7),
        (row.contextWindow?.toLocaleString('en-US') ?? '—').padStart(9),
        (row.tier ?? '—').padEnd(9),
        String(row.quality ?? '—').padStart(7),
        `${row.source} ${row.asOf}${row.estimated ? ' (estimated)' : ''}`,
      ].join('  ')}\n`,
    );
  }
  io.out('Prices in USD per 1M tokens.\n');
  return 0;
}
