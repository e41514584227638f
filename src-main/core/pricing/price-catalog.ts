import type { ProviderId, Region } from '../../../src-shared/domain.ts';
import type { PriceEntry } from '../../../src-shared/pricing.ts';

export type PriceLayer = 'user' | 'remote' | 'curated' | 'bundled';
/** Highest first: a user override beats a refreshed price, which beats our curated table, which beats the snapshot. */
export const LAYER_ORDER: readonly PriceLayer[] = ['user', 'remote', 'curated', 'bundled'];
/** For providers the refresh source is known to get wrong, the curated table ranks above it. */
const CURATED_FIRST_ORDER: readonly PriceLayer[] = ['user', 'curated', 'remote', 'bundled'];

export interface PriceCatalogOptions {
  /** Providers whose curated prices beat a remote refresh. */
  curatedOverRefresh?: ReadonlySet<string>;
}

const lower = (value: string) => value.toLowerCase();

/** The ids a model may be known by: as given, -lightning ↔ -highspeed, and without a date suffix. */
export function candidateIds(model: string): string[] {
  const ids = [model];
  if (/-lightning$/i.test(model)) ids.push(model.replace(/-lightning$/i, '-highspeed'));
  if (/-highspeed$/i.test(model)) ids.push(model.replace(/-highspeed$/i, '-lightning'));
  const undated = model.replace(/-(\d{8}|\d{4}-\d{2}-\d{2})$/, '');
  if (undated !== model) ids.push(undated);
  return ids.map(lower);
}

export class PriceCatalog {
  private readonly layers = new Map<PriceLayer, Map<string, PriceEntry>>();

  private readonly curatedOverRefresh: ReadonlySet<string>;

  constructor(
    initial: Partial<Record<PriceLayer, readonly PriceEntry[]>> = {},
    options: PriceCatalogOptions = {},
  ) {
    this.curatedOverRefresh = options.curatedOverRefresh ?? new Set();
    for (const layer of LAYER_ORDER) this.setLayer(layer, initial[layer] ?? []);
  }

  /** The layers in the order they rank for one provider. */
  layerOrder(provider: ProviderId): readonly PriceLayer[] {
    return this.curatedOverRefresh.has(provider) ? CURATED_FIRST_ORDER : LAYER_ORDER;
  }

  setLayer(layer: PriceLayer, entries: readonly PriceEntry[]): void {
    const index = new Map<string, PriceEntry>();
    for (const entry of entries) {
      const region = entry.region && entry.region !== 'global' ? `@${entry.region}` : '';
      for (const name of [entry.model, ...entry.aliases]) {
        const key = `${entry.provider}/${lower(name)}${region}`;
        if (!index.has(key)) index.set(key, entry);
      }
    }
    this.layers.set(layer, index);
  }

  /** The best-known price for a model, or null: the UI then says "price unknown", never $0. */
  lookup(provider: ProviderId, model: string, region: Region = 'global'): PriceEntry | null {
    const suffix = region === 'global' ? '' : `@${region}`;
    for (const id of candidateIds(model)) {
      for (const layer of this.layerOrder(provider)) {
        const entry = this.layers.get(layer)?.get(`${provider}/${id}${suffix}`);
        if (entry) return entry;
      }
    }
    if (!suffix) return null;
    // No regional price: the global one is the best guess, and is marked as a guess.
    const global = this.lookup(provider, model, 'global');
    return global ? { ...global, estimated: true } : null;
  }

  /** True when the price in use is a guess rather than a published list price (or when none is known). */
  isEstimated(provider: ProviderId, model: string, region: Region = 'global'): boolean {
    return this.lookup(provider, model, region)?.estimated ?? true;
  }

  /** One row per provider and model (and region), from the highest layer that has it. */
  all(): PriceEntry[] {
    const rows: PriceEntry[] = [];
    const ranked: { rank: number; entry: PriceEntry }[] = [];
    for (const layer of LAYER_ORDER) {
      for (const entry of new Set(this.layers.get(layer)?.values())) {
        ranked.push({ rank: this.layerOrder(entry.provider).indexOf(layer), entry });
      }
    }
    // A name (model id or alias) claimed by a higher-ranked layer hides lower layers' entries of that name.
    const claimed = new Set<string>();
    for (const { entry } of ranked.sort((a, b) => a.rank - b.rank)) {
      const names = [entry.model, ...entry.aliases].map(
        (name) => `${entry.provider}/${lower(name)}@${entry.region ?? 'global'}`,
      );
      if (claimed.has(names[0]!)) continue;
      for (const name of names) claimed.add(name);
      rows.push(entry);
    }
    return rows.sort((a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model));
  }
}
