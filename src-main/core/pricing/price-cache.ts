import { readFileSync, renameSync, statSync } from 'node:fs';
import { z } from 'zod';
import { PROVIDER_IDS } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import { removeOlderCorruptCopies } from '../store/corrupt-copies.ts';
import { removeStaleTempFiles, writeFileDurably } from '../store/durable-write.ts';
import { corruptFileName, describeFileError } from '../store/inspect-store-file.ts';

/**
 * Per token, in USD or CNY: $1,000,000 per million tokens, far above any list price. Anything
 * larger (1e300) is not a price, and would make every cost meaningless.
 */
const MAX_PRICE_PER_TOKEN = 1;
/** Far above any model's context window or output limit. */
const MAX_TOKENS = 1_000_000_000;
const MAX_ID_LENGTH = 256;
const MAX_ETAG_LENGTH = 1024;
/** Older moved-aside copies of the cache are deleted: each failed start would otherwise add one. */
const KEPT_CORRUPT_COPIES = 3;
/** The refreshed list has about 2,000 entries for our providers. */
const MAX_ENTRIES = 50_000;
/** A clock a little ahead of ours is fine; a copy "from the future" would never be refreshed. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const price = z.number().finite().nonnegative().max(MAX_PRICE_PER_TOKEN);
const tokens = z.number().int().nonnegative().max(MAX_TOKENS);
const id = z.string().min(1).max(MAX_ID_LENGTH);

/**
 * One remote price entry, checked field by field. Unknown fields (a `__proto__` key included) are
 * dropped, never copied into the catalog.
 */
export const remotePriceEntrySchema = z.object({
  provider: z.enum(PROVIDER_IDS),
  model: id,
  aliases: z.array(id).max(32),
  input: price.nullable(),
  output: price.nullable(),
  cacheRead: price.nullable(),
  cacheWrite: price.nullable(),
  tiers: z
    .array(
      z.object({
        aboveInputTokens: tokens,
        input: price,
        output: price,
        cacheRead: price.nullable(),
        cacheWrite: price.nullable(),
      }),
    )
    .max(8),
  currency: z.enum(['USD', 'CNY']),
  region: z.enum(['global', 'china']).optional(),
  contextWindow: tokens.nullable(),
  maxOutputTokens: tokens.nullable(),
  capabilities: z.object({
    reasoning: z.boolean().optional(),
    vision: z.boolean().optional(),
    tools: z.boolean().optional(),
    caching: z.boolean().optional(),
  }),
  // A cached copy can only hold refreshed prices: it cannot pass itself off as the user's or ours.
  source: z.literal('remote'),
  asOf: z.iso.date(),
  estimated: z.boolean(),
}) satisfies z.ZodType<PriceEntry>;

export type RemotePriceEntry = z.infer<typeof remotePriceEntrySchema>;

/**
 * An entity tag as RFC 9110 spells it (`W/"…"` or `"…"`): visible ASCII only, so it can go back
 * in an If-None-Match header unchanged. The length bound keeps a hostile server from filling the file.
 */
const etagSchema = z
  .string()
  .max(MAX_ETAG_LENGTH)
  .regex(/^[\x21-\x7e]*$/, 'not a printable entity tag');

const priceCacheSchema = z.object({
  etag: etagSchema.nullable(),
  fetchedAt: z.iso.datetime(),
  entries: z.array(remotePriceEntrySchema).max(MAX_ENTRIES),
});

export type PriceCache = z.infer<typeof priceCacheSchema>;

export type PriceCacheRead =
  | { state: 'missing' }
  | { state: 'ok'; cache: PriceCache }
  /** Not a valid cache: renamed to `movedTo` (kept for a bug report, never trusted). */
  | { state: 'moved'; movedTo: string; reason: string }
  /** Could not be read or moved: left in place, not used. */
  | { state: 'unreadable'; reason: string };

/**
 * The server's ETag when the cache can keep it (the same check as on load), else null: an ETag
 * that is too long or not printable is simply not kept, and the next refresh asks without one.
 */
export function keepableEtag(etag: string | undefined): string | null {
  const parsed = etagSchema.safeParse(etag);
  return parsed.success ? parsed.data : null;
}

/** The entries of a refreshed list that pass the same checks a cached copy must pass on load. */
export function validRemoteEntries(entries: readonly PriceEntry[]): RemotePriceEntry[] {
  return entries.flatMap((entry) => {
    const parsed = remotePriceEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

type ParsedCache = { ok: true; cache: PriceCache } | { ok: false; reason: string };

function parseCache(text: string, now: Date): ParsedCache {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const parsed = priceCacheSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.slice(0, 4).join('.') || 'the top level';
    // Stryker disable next-line StringLiteral: unreachable, zod fails only with at least one issue
    const message = issue?.message ?? 'unexpected shape';
    // Stryker disable next-line MethodExpression: no message of this schema comes near 200 characters
    return { ok: false, reason: `${where}: ${message}`.slice(0, 200) };
  }
  if (Date.parse(parsed.data.fetchedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    return { ok: false, reason: 'it claims to have been fetched in the future' };
  }
  return { ok: true, cache: parsed.data };
}

/**
 * Reads the last good copy of the price list. Never throws, never trusts it unchecked: a file that
 * is too large, not JSON, or not the shape we write is moved aside, and the caller falls back to
 * the bundled prices. Temporary files of a killed write are removed first.
 */
export function readPriceCache(file: string, options: { maxBytes: number; now: Date }): PriceCacheRead {
  removeStaleTempFiles(file);
  let text: string;
  try {
    if (statSync(file).size > options.maxBytes) return moveAside(file, options.now, 'it is too large');
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: describeFileError(error) };
  }
  const parsed = parseCache(text, options.now);
  return parsed.ok ? { state: 'ok', cache: parsed.cache } : moveAside(file, options.now, parsed.reason);
}

function moveAside(file: string, now: Date, reason: string): PriceCacheRead {
  const movedTo = corruptFileName(file, now);
  try {
    renameSync(file, movedTo);
  } catch (error) {
    return {
      state: 'unreadable',
      reason: `${reason}, and it could not be moved aside: ${describeFileError(error)}`,
    };
  }
  removeOlderCorruptCopies(file, KEPT_CORRUPT_COPIES);
  return { state: 'moved', movedTo, reason };
}

/**
 * Writes the cache durably (synced temporary file renamed into place). Throws on failure. Build it
 * from validRemoteEntries and keepableEtag, so that it passes the checks it must pass on load.
 */
export function writePriceCache(file: string, cache: PriceCache): void {
  writeFileDurably(file, JSON.stringify(cache), { mode: 0o600 });
}
