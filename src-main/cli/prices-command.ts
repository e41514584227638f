import type { ProviderId } from '../../src-shared/domain.ts';
import { formatMoney } from '../../src-shared/format-money.ts';
import { PER_MILLION, type PriceRow } from '../../src-shared/pricing.ts';
import {
  DEFAULT_QUALITY_INDEX,
  type QualityIndexInfo,
  type QualityIndexRef,
  type QualityScoreEntry,
} from '../../src-shared/quality.ts';
import { isOn } from '../../src-shared/quality-pick.ts';
import { createDefaultCatalog } from '../core/pricing/default-catalog.ts';
import { priceRows } from '../core/pricing/price-rows.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { describeIndexChoices } from '../core/quality/quality-index-choice.ts';
import { QualityTable } from '../core/quality/quality-scores.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, UsageError } from './cli-args.ts';
import type { CliIo } from './run-cli.ts';
import { renderTable, type TableColumn } from './text-table.ts';

export const PRICES_USAGE = `prices [--provider P] [--index NAME[@VERSION]] [--json]
  Lists every known model's price per 1M tokens (input / output / cache read / cache write),
  context window, tier and quality, with each price's source and date. Works offline. Every
  name a price answers to is listed whole, as --model takes it (aliases say which model they are).
  --index chooses the quality column's index: aa-intelligence (default, v4.1), aa-coding or
  lmarena-text, optionally at a version (aa-intelligence@v4.0.x). --json lists every score a
  model has in qualityScores; each row names the index its quality is on (qualityIndex) and the
  attribution that index requires, and each score its own.`;

const OPTIONS = {
  provider: { type: 'string' },
  index: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** One score as `--json` lists it, with the credit its index requires. */
type ListedScore = Pick<
  QualityScoreEntry,
  'index' | 'version' | 'date' | 'variant' | 'score' | 'estimated' | 'source'
> & { attribution: string };

/**
 * A row of the listing: a model's prices under one of its names (the top level stays an array of
 * rows, so each row carries the quality index it was scored on and that index's attribution).
 */
type ListedRow = Omit<
  PriceRow,
  'aliases' | 'tierReason' | 'qualitySource' | 'qualityScore' | 'qualityMissing' | 'qualityScores'
> & {
  qualityIndex: QualityIndexRef;
  attribution: string;
  qualityScores: ListedScore[];
  aliasOf?: string;
};

/** "Data: Artificial Analysis (artificialanalysis.ai)" for an index version, from the table's list. */
const attributionOf = (ref: QualityIndexRef, indexes: readonly QualityIndexInfo[]): string =>
  indexes.find((info) => isOn(info, ref))?.attribution ?? '';

const listedScore =
  (indexes: readonly QualityIndexInfo[]) =>
  ({ index, version, date, variant, score, estimated, source }: QualityScoreEntry): ListedScore => ({
    index,
    version,
    date,
    variant,
    score,
    estimated,
    source,
    attribution: attributionOf({ index, version }, indexes),
  });

/**
 * `--index aa-coding` or `--index aa-coding@v4.0.x`: an index alone means its current version (the
 * first one not superseded). Anything else is a usage error that lists the choices.
 */
export function parseIndexArg(
  arg: string | undefined,
  indexes: readonly QualityIndexInfo[],
): QualityIndexRef {
  if (arg === undefined) return DEFAULT_QUALITY_INDEX;
  const at = arg.indexOf('@');
  const index = at === -1 ? arg : arg.slice(0, at);
  const version = at === -1 ? null : arg.slice(at + 1);
  const versions = indexes.filter((info) => info.index === index);
  const chosen =
    version === null
      ? (versions.find((info) => !info.superseded) ?? versions[0])
      : versions.find((info) => isOn(info, { index: info.index, version }));
  if (!chosen) {
    throw new UsageError(
      `unknown quality index "${arg}" in --index ${arg}; choose one of: ${describeIndexChoices(indexes).join(', ')}`,
    );
  }
  return { index: chosen.index, version: chosen.version };
}

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
function listedRows(
  provider: ProviderId | undefined,
  quality: QualityTable,
  index: QualityIndexRef,
): ListedRow[] {
  const catalog = createDefaultCatalog();
  const aliases = new Map<string, string[]>();
  for (const entry of catalog.all())
    if (entry.currency === 'USD') aliases.set(`${entry.provider}/${entry.model}`, entry.aliases);
  const indexes = quality.indexes();
  const credit = { qualityIndex: index, attribution: attributionOf(index, indexes) };
  const listed: ListedRow[] = [];
  const seen = new Set<string>();
  for (const {
    aliases: _aliases,
    tierReason: _reason,
    qualitySource: _source,
    qualityScore: _score,
    qualityMissing: _missing,
    qualityScores,
    ...rest
  } of priceRows(catalog, quality, provider, index)) {
    const row = { ...rest, ...credit, qualityScores: qualityScores.map(listedScore(indexes)) };
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
  const quality = new QualityTable();
  const indexes = quality.indexes();
  const index = parseIndexArg(values.index, indexes);
  const rows = listedRows(provider, quality, index);
  if (values.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const info = indexes.find((candidate) => isOn(candidate, index));
  const qualityNote = info
    ? `Quality: ${info.label}${info.date ? ` of ${info.date}` : ''} (${info.scale}), in the variant the app calls the model by default; — = not measured on it. ${info.attribution}.`
    : '';
  // No width limit: a model id is never cut, since a cut id copied into --model is a wrong id.
  io.out(`${renderTable(COLUMNS, rows.map(tableRow))}\nPrices in USD per 1M tokens.\n${qualityNote}\n`);
  return 0;
}
