import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatMoney } from '../../src-shared/format-money.ts';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type HistoryItem,
  type HistoryQuery,
  type MoneyTotal,
} from '../../src-shared/history.ts';
import { historyQuerySchema } from '../../src-shared/history-schemas.ts';
import { appDataFolder, DATA_DIR_ENV } from '../core/history/app-data-folder.ts';
import { listConversations } from '../core/history/history-list.ts';
import { HISTORY_FILE_NAME, openHistoryReadOnly } from '../core/history/open-history-db.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, UsageError } from './cli-args.ts';
import { LINE_WIDTH } from './column-text.ts';
import type { CliIo } from './run-cli.ts';
import { clip, oneLine } from './terminal-text.ts';
import { renderTable, type TableCell, type TableColumn } from './text-table.ts';

export const HISTORY_USAGE = `history [--search WORDS] [--provider P] [--model M] [--from DAY] [--to DAY] [--limit N] [--json]
  Lists the conversations the app kept, newest first: when, turns, models, cost, the vote's winner
  and the first prompt. --search finds words of prompts and answers ("a phrase" in quotes, word* as
  a prefix; Chinese, Japanese and Korean words are found inside longer runs of text); --from and --to
  take YYYY-MM-DD (local days). --limit: 1-200, default 20. --json prints the list's items; in a
  search, each item's "snippet" marks every match between the control characters U+0002 (start) and
  U+0003 (end), which the text table shows as « ». Reads the app's history.sqlite (read-only) in its
  data folder, or in ${DATA_DIR_ENV} when set.`;

const OPTIONS = {
  search: { type: 'string' },
  provider: { type: 'string' },
  model: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

const DEFAULT_LIMIT = 20;

const COLUMNS: readonly TableColumn[] = [
  { header: 'when' },
  { header: 'turns', align: 'right' },
  { header: 'cost', align: 'right' },
  { header: 'models' },
  { header: 'winner' },
  { header: 'prompt', shrinks: true, minWidth: 30 },
];

/** The options as a HistoryQuery, checked by the route's own schema; its first complaint is the usage error. */
function queryOf(values: Record<string, string | boolean | undefined>): HistoryQuery {
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  const parsed = historyQuerySchema.safeParse({
    ...(values.search === undefined ? {} : { search: values.search }),
    ...(values.provider === undefined ? {} : { provider: values.provider }),
    ...(values.model === undefined ? {} : { model: values.model }),
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to }),
    limit,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const given = String(values[field] ?? '');
  const accepted: Record<string, string> = {
    provider: `known: ${KNOWN_PROVIDERS}`,
    from: 'write a day as YYYY-MM-DD',
    to: 'write a day as YYYY-MM-DD',
    limit: 'give a whole number from 1 to 200',
  };
  throw new UsageError(
    `--${field} ${given.slice(0, 60)} is not accepted: ${Object.hasOwn(accepted, field) ? accepted[field] : (issue?.message ?? 'invalid')}`,
  );
}

const localTime = (iso: string) => {
  const time = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}`;
};

/**
 * "$0.0042", "¥0.71 (~$0.10)", "$0.01 + ¥0.71 (~$0.11)", with "+ 1 unknown" when some are; then
 * shorter forms: what was billed without the estimate ("¥0.71", "$0.01+¥0.71"), so yuan stay in
 * sight, and last the estimated USD alone ("~$0.11", "$0.00+?").
 */
function moneyCell(total: MoneyTotal): string[] {
  const unknown = total.unknownColumns > 0;
  const estimated = `${total.cny > 0 ? '~' : ''}${formatMoney(total.estimatedUsd)}`;
  let full = formatMoney(total.usd);
  let billed = full;
  if (total.cny > 0) {
    const cny = formatMoney(total.cny, 'CNY');
    full = total.usd > 0 ? `${full} + ${cny} (~${formatMoney(total.estimatedUsd)})` : `${cny} (${estimated})`;
    billed = total.usd > 0 ? `${billed}+${cny}` : cny;
  }
  return unknown
    ? [`${full} + ${total.unknownColumns} unknown`, `${billed}+?`, `${estimated}+?`]
    : [full, billed, estimated];
}

/** The snippet with its matches between « », on one printable line. */
const snippetText = (snippet: string) =>
  oneLine(snippet.replaceAll(HIGHLIGHT_START, '«').replaceAll(HIGHLIGHT_END, '»'));

/** A model's forms: provider/model, then the model alone. */
const modelForms = (provider: string, model: string) => [oneLine(`${provider}/${model}`), oneLine(model)];

/** Fullest first: every model, the first and how many more, how many. One model: with, then without its provider. */
function modelsCell(item: HistoryItem): string[] {
  const [first, ...rest] = item.models;
  if (!first) return ['—'];
  const [named, bare] = modelForms(first.provider, first.model);
  if (rest.length === 0) return [named!, bare!];
  const all = item.models.map((model) => modelForms(model.provider, model.model)[0]).join(', ');
  return [all, `${named} +${rest.length}`, `${bare} +${rest.length}`, `${item.models.length} models`];
}

function winnerCell(winner: HistoryItem['winner']): string[] {
  if (winner === null) return ['—'];
  if (winner === 'tie') return ['tie'];
  if (winner === 'both_bad') return ['both bad'];
  return modelForms(winner.provider, winner.model);
}

function tableRow(item: HistoryItem): TableCell[] {
  const when = localTime(item.updatedAt);
  return [
    [when, when.slice(0, 10)],
    String(item.turns),
    moneyCell(item.total),
    modelsCell(item),
    winnerCell(item.winner),
    oneLine(item.promptStart),
  ];
}

export async function historyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const query = queryOf(values);
  const file = join(appDataFolder(io.env), HISTORY_FILE_NAME);
  if (!existsSync(file)) {
    if (values.json) io.out('[]\n');
    else
      io.out(
        `No history yet: ${file} does not exist. The app keeps every run there; set ${DATA_DIR_ENV} to read another folder.\n`,
      );
    return 0;
  }
  let page: ReturnType<typeof listConversations>;
  try {
    const db = openHistoryReadOnly(file);
    try {
      page = listConversations(db, query);
    } finally {
      db.close();
    }
  } catch (error) {
    io.err(`arena history: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const items = io.scrub ? io.scrub(page.items) : page.items;
  const notice = page.notice === undefined ? null : oneLine(page.notice);
  if (values.json) {
    // stdout stays one JSON document; what the search could not do goes to stderr.
    if (notice !== null) io.err(`arena history: ${notice}\n`);
    io.out(`${JSON.stringify(items, null, 2)}\n`);
    return 0;
  }
  if (items.length === 0) {
    io.out(`${notice ?? `No conversations match (${page.total} in all).`}\n`);
    return 0;
  }
  const lines = [renderTable(COLUMNS, items.map(tableRow), LINE_WIDTH)];
  if (query.search) {
    for (const item of items)
      if (item.snippet !== null)
        lines.push(`${localTime(item.updatedAt)}  ${clip(snippetText(item.snippet), LINE_WIDTH - 18)}`);
  }
  if (notice !== null) lines.push(notice);
  lines.push(`Showing ${items.length} of ${page.total} conversation(s), newest first.`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
