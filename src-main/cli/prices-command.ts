import type { ProviderId } from '../../src-shared/domain.ts';
import { formatMoney } from '../../src-shared/format-money.ts';
import { PER_MILLION, type PriceRow } from '../../src-shared/pricing.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { priceRows } from '../core/pricing/price-rows.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, UsageError } from './cli-args.ts';
import type { CliIo } from './run-cli.ts';
import { renderTable, type TableColumn } from './text-table.ts';

export const PRICES_USAGE = `prices [--provider P] [--json]
  Lists every known model's price per 1M tokens (input / output / cache read / cache write),
  context window, tier and quality, with each price's source and date. Works offline. Every
  name a price answers to is listed whole, as --model takes it (aliases say which model they are).`;

const OPTIONS = { provider: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

/** A row of the listing: a model's prices under one of its names. */
type ListedRow = Omit<PriceRow, 'tierReason' | 'qualitySource'> & { aliasOf?: string };

const COLUMNS: readonly TableColumn[] = [
  { header: 'model' },
  { header: 'input', align: 'right' },
  { header: 'output', align: 'right' },
  { header: 'cache r', align: 'right' },
  { header: 'cache w', align: 'right' },
  { header: 'context', align: 'right' },
  { header: 'tier' },
  { header: 'quality', align: 'right' },
  { header: 'source' },
];

const perMillion = (value: number | null) => (value === null ? '—' : formatMoney(value * PER_MILLION));

/**
 * The price rows, each followed by one row per alias: a name the catalog prices (and an API may
 * accept) is listed under that name, so it can be found and copied as typed.
 */
function listedRows(provider: ProviderId | undefined): ListedRow[] {
  const catalog = createDefaultCatalog();
  const aliases = new Map<string, string[]>();
  for (const entry of catalog.all())
    if (entry.currency === 'USD') aliases.set(`${entry.provider}/${entry.model}`, entry.aliases);
  const listed: ListedRow[] = [];
  const seen = new Set<string>();
  for (const { tierReason: _reason, qualitySource: _quality, ...row } of priceRows(
    catalog,
    undefined,
    provider,
  )) {
    listed.push(row);
    seen.add(`${row.provider}/${row.model.toLowerCase()}`);
    for (const alias of aliases.get(`${row.provider}/${row.model}`) ?? []) {
      const id = `${row.provider}/${alias.toLowerCase()}`;
      if (seen.has(id)) continue;
      seen.add(id);
      listed.push({ ...row, model: alias, aliasOf: row.model });
    }
  }
  return listed;
}

function tableRow(row: ListedRow): string[] {
  const source = `${row.source} ${row.asOf}${row.estimated ? ' (estimated)' : ''}`;
  return [
    `${row.provider}/${row.model}`,
    perMillion(row.inputUsdPerToken),
    perMillion(row.outputUsdPerToken),
    perMillion(row.cacheReadUsdPerToken),
    perMillion(row.cacheWriteUsdPerToken),
    row.contextWindow?.toLocaleString('en-US') ?? '—',
    row.tier ?? '—',
    row.quality === null ? '—' : String(row.quality),
    row.aliasOf ? `${source}, same as ${row.aliasOf}` : source,
  ];
}

export async function pricesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const { provider } = values;
  if (provider !== undefined && !isProviderId(provider))
    throw new UsageError(
      `unknown provider "${provider}" in --provider ${provider}; known: ${KNOWN_PROVIDERS}`,
    );
  const rows = listedRows(provider);
  if (values.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  // No width limit: a model id is never cut, since a cut id copied into --model is a wrong id.
  io.out(`${renderTable(COLUMNS, rows.map(tableRow))}\nPrices in USD per 1M tokens.\n`);
  return 0;
}
