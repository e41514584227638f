import { z } from 'zod';
import { PROVIDER_IDS, type ProviderId } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';
import type { QualityTable } from '../quality/quality-scores.ts';
import type { JsonFileStore } from '../store/json-file-store.ts';
import type { PriceCatalog } from './price-catalog.ts';

const priceSchema = z.object({
  provider: z.enum(PROVIDER_IDS),
  model: z.string(),
  input: z.number(),
  output: z.number(),
  cacheRead: z.number().nullable(),
  cacheWrite: z.number().nullable(),
  asOf: z.string(),
});
const qualitySchema = z.object({
  provider: z.enum(PROVIDER_IDS),
  model: z.string(),
  score: z.number(),
  date: z.string(),
});

export interface PriceOverrideInput {
  provider: ProviderId;
  model: string;
  /** USD per 1M tokens, as users read prices. */
  inputPerMillion: number;
  outputPerMillion: number;
  cacheReadPerMillion?: number;
  cacheWritePerMillion?: number;
}

const M = 1e-6;

/** Model ids match whatever their case, as in the catalog and the quality table. */
const isModel = (entry: { provider: ProviderId; model: string }, provider: ProviderId, model: string) =>
  entry.provider === provider && entry.model.toLowerCase() === model.toLowerCase();

/** The user's own prices and quality scores: the top layer of the catalog, kept in user-overrides.json. */
export class UserOverrides {
  private readonly store: JsonFileStore;
  private readonly catalog: PriceCatalog;
  private readonly quality: QualityTable;
  private readonly today: () => string;

  constructor(
    store: JsonFileStore,
    catalog: PriceCatalog,
    quality: QualityTable,
    today = () => new Date().toISOString().slice(0, 10),
  ) {
    this.store = store;
    this.catalog = catalog;
    this.quality = quality;
    this.today = today;
    this.apply();
  }

  setPrice(input: PriceOverrideInput): void {
    const rest = this.prices().filter((entry) => !isModel(entry, input.provider, input.model));
    this.store.set('prices', [
      ...rest,
      {
        provider: input.provider,
        model: input.model,
        input: input.inputPerMillion * M,
        output: input.outputPerMillion * M,
        cacheRead: input.cacheReadPerMillion === undefined ? null : input.cacheReadPerMillion * M,
        cacheWrite: input.cacheWritePerMillion === undefined ? null : input.cacheWritePerMillion * M,
        asOf: this.today(),
      },
    ]);
    this.apply();
  }

  clear(provider: ProviderId, model: string): void {
    this.store.set(
      'prices',
      this.prices().filter((entry) => !isModel(entry, provider, model)),
    );
    this.store.set(
      'quality',
      this.scores().filter((entry) => !isModel(entry, provider, model)),
    );
    this.apply();
  }

  setQuality(provider: ProviderId, model: string, score: number): void {
    const rest = this.scores().filter((entry) => !isModel(entry, provider, model));
    this.store.set('quality', [...rest, { provider, model, score, date: this.today() }]);
    this.apply();
  }

  private prices() {
    const raw = this.store.get('prices');
    return Array.isArray(raw)
      ? raw.flatMap((entry) => (priceSchema.safeParse(entry).success ? [priceSchema.parse(entry)] : []))
      : [];
  }

  private scores() {
    const raw = this.store.get('quality');
    return Array.isArray(raw)
      ? raw.flatMap((entry) => (qualitySchema.safeParse(entry).success ? [qualitySchema.parse(entry)] : []))
      : [];
  }

  private apply(): void {
    const entries: PriceEntry[] = this.prices().map((entry) => {
      const base = this.catalog.lookup(entry.provider, entry.model);
      return {
        provider: entry.provider,
        model: entry.model,
        aliases: [],
        input: entry.input,
        output: entry.output,
        cacheRead: entry.cacheRead,
        cacheWrite: entry.cacheWrite,
        tiers: [],
        currency: 'USD',
        contextWindow: base?.contextWindow ?? null,
        maxOutputTokens: base?.maxOutputTokens ?? null,
        capabilities: base?.capabilities ?? {},
        source: 'user',
        asOf: entry.asOf,
        estimated: false,
      };
    });
    this.catalog.setLayer('user', entries);
    this.quality.clearOverrides();
    // Your scores are their own index ('user'), never mixed into a published one.
    for (const score of this.scores()) this.quality.setOverride(score);
  }
}
