import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../src-shared/history.ts';
import type { SearchPlan } from './fts-query.ts';
import { SEARCH_ROWS_PER_RUN } from './schema.ts';

/**
 * A 1–2 character CJK term cannot use the trigram index: it is looked for with instr() in the newest
 * this many prompts and answers that hold CJK text (at most this many bodies read per search).
 */
export const SHORT_TERM_ROWS = 5000;
/** Tokens of context a search snippet shows around its matches: words, or CJK characters (trigrams). */
const SNIPPET_TOKENS = 16;
const TRIGRAM_SNIPPET_TOKENS = 48;
/** Characters shown before and after a short CJK term's match. */
const SHORT_CONTEXT_BEFORE = 20;
const SHORT_CONTEXT_AFTER = 40;

type Params = Record<string, SQLInputValue>;

/** The search rows (FTS rowids) matching every part of the plan, as a subquery, with its parameters. */
export function matchingRows(plan: SearchPlan): { sql: string; params: Params } {
  const parts: string[] = [];
  const params: Params = {};
  if (plan.words !== null) {
    parts.push('SELECT rowid FROM search WHERE search MATCH :match');
    params.match = plan.words;
  }
  if (plan.trigrams !== null) {
    parts.push('SELECT rowid FROM search_cjk WHERE search_cjk MATCH :cjkMatch');
    params.cjkMatch = plan.trigrams;
  }
  if (plan.short.length > 0) {
    const found = plan.short.map((term, index) => {
      params[`short${index}`] = term;
      return `instr(body, :short${index}) > 0`;
    });
    parts.push(
      `SELECT rowid FROM (SELECT rowid, body FROM search_cjk ORDER BY rowid DESC LIMIT ${SHORT_TERM_ROWS})
       WHERE ${found.join(' AND ')}`,
    );
  }
  return { sql: parts.join(' INTERSECT '), params };
}

/** The conversations (seq) the plan finds, as a subquery over the same parameters. */
export function matchingConversations(rows: string): string {
  return `SELECT r.conversation_seq FROM runs r WHERE r.seq IN (SELECT rowid / ${SEARCH_ROWS_PER_RUN} FROM (${rows}))`;
}

/** True when a short CJK term was not looked for in every CJK row (there are more than the bound). */
export function shortTermsBounded(db: DatabaseSync, plan: SearchPlan): boolean {
  if (plan.short.length === 0) return false;
  return (
    db.prepare(`SELECT 1 FROM search_cjk ORDER BY rowid DESC LIMIT 1 OFFSET ${SHORT_TERM_ROWS}`).get() !==
    undefined
  );
}

/** Each short term in `excerpt` between the highlight marks. */
function highlighted(excerpt: string, terms: readonly string[]): string {
  let text = excerpt;
  for (const term of terms) text = text.split(term).join(`${HIGHLIGHT_START}${term}${HIGHLIGHT_END}`);
  return text;
}

/** For each of the page's conversations (by seq), where the search first matched, highlighted. */
export function snippetsOf(db: DatabaseSync, plan: SearchPlan, seqs: string): Map<number, string> {
  const rows = matchingRows(plan);
  const inPage = `r.conversation_seq IN (SELECT value FROM json_each(:seqs))`;
  const join = (table: string) => `JOIN runs r ON r.seq = ${table}.rowid / ${SEARCH_ROWS_PER_RUN}`;
  const marks = { start: HIGHLIGHT_START, end: HIGHLIGHT_END };
  let found: { seq: number; snippet: string }[];
  if (plan.words !== null || plan.trigrams !== null) {
    const [table, match, tokens] =
      plan.words !== null
        ? ['search', ':match', SNIPPET_TOKENS]
        : ['search_cjk', ':cjkMatch', TRIGRAM_SNIPPET_TOKENS];
    // The rest of the plan, when there is more: a row must match it too. `+rowid` keeps SQLite from
    // turning the list into one index lookup per rowid.
    const rest = plan.words !== null ? { ...plan, words: null } : { ...plan, words: null, trigrams: null };
    const others = rest.trigrams !== null || rest.short.length > 0 ? matchingRows(rest) : null;
    found = db
      .prepare(
        `SELECT r.conversation_seq AS seq, snippet(${table}, 0, :start, :end, '…', ${tokens}) AS snippet
         FROM ${table} ${join(table)}
         WHERE ${table} MATCH ${match} ${others ? `AND +${table}.rowid IN (${others.sql})` : ''} AND ${inPage}
         ORDER BY ${table}.rowid`,
      )
      .all({ ...rows.params, ...marks, seqs }) as { seq: number; snippet: string }[];
  } else {
    const excerpts = db
      .prepare(
        `SELECT r.conversation_seq AS seq,
                substr(body, max(1, instr(body, :short0) - ${SHORT_CONTEXT_BEFORE}),
                       ${SHORT_CONTEXT_BEFORE + SHORT_CONTEXT_AFTER}) AS excerpt,
                instr(body, :short0) > ${SHORT_CONTEXT_BEFORE + 1} AS cutStart,
                max(1, instr(body, :short0) - ${SHORT_CONTEXT_BEFORE}) + ${SHORT_CONTEXT_BEFORE + SHORT_CONTEXT_AFTER}
                  <= length(body) AS cutEnd
         FROM search_cjk ${join('search_cjk')}
         WHERE +search_cjk.rowid IN (${rows.sql}) AND ${inPage}
         ORDER BY search_cjk.rowid`,
      )
      .all({ ...rows.params, seqs }) as { seq: number; excerpt: string; cutStart: number; cutEnd: number }[];
    found = excerpts.map((row) => ({
      seq: row.seq,
      snippet: `${row.cutStart ? '…' : ''}${highlighted(row.excerpt, plan.short)}${row.cutEnd ? '…' : ''}`,
    }));
  }
  const snippets = new Map<number, string>();
  for (const row of found) if (!snippets.has(row.seq)) snippets.set(row.seq, row.snippet);
  return snippets;
}
