import { basename, dirname } from 'node:path';
import type { PriceRefreshStatus } from '../../../src-shared/pricing.ts';
import { openApiResponse } from '../http/api-response.ts';
import { readBodyText } from '../http/stream-request.ts';
import { ArenaErrorException } from '../ipc/arena-error-exception.ts';
import { describeFileError } from '../store/inspect-store-file.ts';
import { parseLiteLLM } from './litellm-parse.ts';
import {
  keepableEtag,
  type PriceCache,
  readPriceCache,
  validRemoteEntries,
  writePriceCache,
} from './price-cache.ts';
import type { PriceCatalog } from './price-catalog.ts';

export const LITELLM_PRICES_URL =
  'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Fewer usable entries than this means the document is not the price list we know. */
const MIN_ENTRIES = 50;

export type RefreshStatus = PriceRefreshStatus;

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
  private cache: PriceCache | null = null;
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
      const response = await openApiResponse({
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
        allowNotModified: true,
      });
      if (response.status === 304 && this.cache) {
        // Stryker disable next-line CallExpression: a 304 has no body, so nothing is left to close
        response.discard();
        this.cache = { ...this.cache, fetchedAt: attemptAt };
        return this.set('not_modified', attemptAt, attemptAt, `Prices are up to date.${this.saveCache()}`);
      }
      if (response.status !== 200) {
        response.discard();
        return this.fail(attemptAt, `the price source answered HTTP ${response.status}`);
      }
      const text = await readBodyText(response, this.options.maxBytes);
      // Entries and ETag pass the same checks a cached copy must pass on load, so what is saved
      // always loads again.
      const entries = validRemoteEntries(
        parseLiteLLM(JSON.parse(text), attemptAt.slice(0, 10), 'remote').entries,
      );
      if (entries.length < MIN_ENTRIES)
        return this.fail(attemptAt, `the price list had only ${entries.length} usable entries`);
      this.cache = { etag: keepableEtag(response.headers.etag), fetchedAt: attemptAt, entries };
      this.options.catalog.setLayer('remote', entries);
      return this.set('ok', attemptAt, attemptAt, `Refreshed ${entries.length} prices.${this.saveCache()}`);
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
    const found = readPriceCache(this.options.cacheFile, {
      maxBytes: this.options.maxBytes,
      now: this.options.now(),
    });
    const name = basename(this.options.cacheFile);
    const fallback = 'using the bundled snapshot and curated prices until the next refresh';
    if (found.state === 'moved') {
      this.status = {
        ...this.status,
        message: `The saved price list (${name}) was not valid (${found.reason}), so it was moved to ${found.movedTo}; ${fallback}.`,
      };
    } else if (found.state === 'unreadable') {
      this.status = {
        ...this.status,
        message: `The saved price list (${name}) could not be used (${found.reason}); ${fallback}.`,
      };
    }
    if (found.state !== 'ok') return;
    const { cache } = found;
    this.cache = cache;
    this.options.catalog.setLayer('remote', cache.entries);
    this.status = {
      state: 'ok',
      lastAttemptAt: null,
      lastSuccessAt: cache.fetchedAt,
      entries: cache.entries.length,
      message: `Using prices refreshed on ${cache.fetchedAt.slice(0, 10)}.`,
    };
  }

  /** Saves the copy for the next start; returns a sentence to append when that failed, else ''. */
  private saveCache(): string {
    // Stryker disable next-line StringLiteral: unreachable, every caller has just set the cache
    if (!this.cache) return '';
    try {
      writePriceCache(this.options.cacheFile, this.cache);
      return '';
    } catch (error) {
      return ` They could not be saved for the next start (${describeFileError(error)}): check that ${dirname(this.options.cacheFile)} is writable.`;
    }
  }
}
