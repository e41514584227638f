import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { PriceEntry, PriceRefreshStatus } from '../../../src-shared/pricing.ts';
import { openStream, readBodyText } from '../http/stream-request.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { parseLiteLLM } from './litellm-parse.ts';
import type { PriceCatalog } from './price-catalog.ts';

export const LITELLM_PRICES_URL =
  'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Fewer usable entries than this means the document is not the price list we know. */
const MIN_ENTRIES = 50;

export type RefreshStatus = PriceRefreshStatus;

const cacheSchema = z.object({
  etag: z.string().nullable(),
  fetchedAt: z.string(),
  entries: z.array(z.custom<PriceEntry>((value) => typeof value === 'object' && value !== null)),
});
type Cache = z.infer<typeof cacheSchema>;

export interface PriceRefresherOptions {
  catalog: PriceCatalog;
  /** The last good copy, in the user data folder. */
  cacheFile: string;
  url?: string;
  timeoutMs?: number;
  maxBytes?: number;
  ttlMs?: number;
  now?: () => Date;
}

/** Keeps the catalog's "remote" layer fresh from LiteLLM's price list; any failure keeps the last good copy. */
export class PriceRefresher {
  private readonly options: Required<PriceRefresherOptions>;
  private cache: Cache | null = null;
  private status: RefreshStatus = {
    state: 'never',
    lastAttemptAt: null,
    lastSuccessAt: null,
    entries: 0,
    message: 'Prices have not been refreshed; using the bundled snapshot and curated prices.',
  };

  constructor(options: PriceRefresherOptions) {
    this.options = {
      url: LITELLM_PRICES_URL,
      timeoutMs: 15_000,
      maxBytes: 20 * 1024 * 1024,
      ttlMs: DAY_MS,
      now: () => new Date(),
      ...options,
    };
    this.loadCache();
  }

  current(): RefreshStatus {
    return this.status;
  }

  /** Refreshes when the copy is older than the TTL (or always, with force). Never throws. */
  async refresh(force = false): Promise<RefreshStatus> {
    const now = this.options.now();
    const age = this.cache ? now.getTime() - Date.parse(this.cache.fetchedAt) : Number.POSITIVE_INFINITY;
    if (!force && age < this.options.ttlMs) {
      this.status = {
        ...this.status,
        state: 'skipped',
        message: `Prices were refreshed ${Math.round(age / 3_600_000)} h ago; the next refresh is due after 24 h.`,
      };
      return this.status;
    }
    const attemptAt = now.toISOString();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response = await openStream({
        url: this.options.url,
        method: 'GET',
        headers: {
          accept: 'application/json',
          ...(this.cache?.etag ? { 'if-none-match': this.cache.etag } : {}),
        },
        signal: controller.signal,
        headersTimeoutMs: this.options.timeoutMs,
        idleTimeoutMs: this.options.timeoutMs,
        maxBodyBytes: this.options.maxBytes,
      });
      if (response.status === 304 && this.cache) {
        response.discard();
        this.cache = { ...this.cache, fetchedAt: attemptAt };
        this.saveCache();
        return this.set('not_modified', attemptAt, attemptAt, 'Prices are up to date.');
      }
      if (response.status !== 200) {
        response.discard();
        return this.fail(attemptAt, `the price source answered HTTP ${response.status}`);
      }
      const text = await readBodyText(response, this.options.maxBytes);
      const { entries } = parseLiteLLM(JSON.parse(text), attemptAt.slice(0, 10), 'remote');
      if (entries.length < MIN_ENTRIES)
        return this.fail(attemptAt, `the price list had only ${entries.length} usable entries`);
      this.cache = { etag: response.headers.etag ?? null, fetchedAt: attemptAt, entries };
      this.saveCache();
      this.options.catalog.setLayer('remote', entries);
      return this.set('ok', attemptAt, attemptAt, `Refreshed ${entries.length} prices.`);
    } catch (error) {
      const reason = controller.signal.aborted
        ? `no answer within ${this.options.timeoutMs / 1000} s`
        : error instanceof ArenaErrorException
          ? error.error.message
          : error instanceof SyntaxError
            ? 'the price list was not valid JSON'
            : String(error);
      return this.fail(attemptAt, reason);
    } finally {
      clearTimeout(timer);
    }
  }

  private fail(attemptAt: string, reason: string): RefreshStatus {
    const kept = this.cache
      ? `kept the copy from ${this.cache.fetchedAt.slice(0, 10)}`
      : 'using the bundled snapshot';
    return this.set('failed', attemptAt, this.status.lastSuccessAt, `Refresh failed (${reason}); ${kept}.`);
  }

  private set(
    state: RefreshStatus['state'],
    lastAttemptAt: string,
    lastSuccessAt: string | null,
    message: string,
  ): RefreshStatus {
    this.status = { state, lastAttemptAt, lastSuccessAt, entries: this.cache?.entries.length ?? 0, message };
    return this.status;
  }

  private loadCache(): void {
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(readFileSync(this.options.cacheFile, 'utf8')));
      if (!parsed.success) return;
      this.cache = parsed.data;
      this.options.catalog.setLayer('remote', parsed.data.entries);
      this.status = {
        state: 'ok',
        lastAttemptAt: null,
        lastSuccessAt: parsed.data.fetchedAt,
        entries: parsed.data.entries.length,
        message: `Using prices refreshed on ${parsed.data.fetchedAt.slice(0, 10)}.`,
      };
    } catch {
      // No cache yet, or unreadable: the bundled snapshot serves until a refresh succeeds.
    }
  }

  private saveCache(): void {
    mkdirSync(dirname(this.options.cacheFile), { recursive: true });
    const temp = `${this.options.cacheFile}.tmp`;
    writeFileSync(temp, JSON.stringify(this.cache));
    renameSync(temp, this.options.cacheFile);
  }
}
