// What "Add model" offers: every priced model and every provider's listed models, each marked when
// there is no key to call it with, ranked against what the user typed. Pure: no DOM, no stores.
import {
  PROVIDER_IDS,
  type ProviderId,
  type ProviderInfo,
  type Tier,
} from '../../../../../src-shared/domain.ts';
import type { PriceRow } from '../../../../../src-shared/pricing.ts';

export interface ModelOption {
  /** "provider/model": unique among the options, and the text the combobox shows. */
  id: string;
  provider: ProviderId;
  model: string;
  providerName: string;
  inputUsdPerToken: number | null;
  outputUsdPerToken: number | null;
  tier: Tier | null;
  /** The provider needs a key and none is stored. */
  needsKey: boolean;
  /** Not listed anywhere: made from what the user typed. */
  typed: boolean;
}

export interface KeyedProviders {
  /** Providers with at least one stored key. */
  keyed: ReadonlySet<ProviderId>;
  /** Providers that work without a key (custom servers, Ollama). */
  keyless: ReadonlySet<ProviderId>;
}

const MAX_MODEL_LENGTH = 200;
/** Names people type for a provider that BYOK Arena files under another id. */
const PROVIDER_ALIASES: ReadonlyMap<string, ProviderId> = new Map([['ollama', 'custom']]);
const PROVIDERS: ReadonlySet<string> = new Set(PROVIDER_IDS);

export function providerIdFor(name: string): ProviderId | null {
  const lower = name.trim().toLowerCase();
  const alias = PROVIDER_ALIASES.get(lower);
  if (alias) return alias;
  return PROVIDERS.has(lower) ? (lower as ProviderId) : null;
}

export const needsKeyFor = (provider: ProviderId, keys: KeyedProviders): boolean =>
  !keys.keyless.has(provider) && !keys.keyed.has(provider);

/** Every priced or listed model once, priced rows first (they carry the price and tier). */
export function buildModelOptions(
  rows: readonly PriceRow[],
  providers: readonly ProviderInfo[],
  keys: KeyedProviders,
): ModelOption[] {
  const names = new Map(providers.map((provider) => [provider.id, provider.displayName]));
  const options = new Map<string, ModelOption>();
  const add = (provider: ProviderId, model: string, row: PriceRow | null) => {
    const id = `${provider}/${model}`;
    if (options.has(id)) return;
    options.set(id, {
      id,
      provider,
      model,
      providerName: names.get(provider) ?? provider,
      inputUsdPerToken: row?.inputUsdPerToken ?? null,
      outputUsdPerToken: row?.outputUsdPerToken ?? null,
      tier: row?.tier ?? null,
      needsKey: needsKeyFor(provider, keys),
      typed: false,
    });
  };
  for (const row of rows) add(row.provider, row.model, row);
  for (const provider of providers) for (const model of provider.models) add(provider.id, model, null);
  return [...options.values()];
}

export interface ParsedModel {
  provider: ProviderId;
  model: string;
}

export type FreeText =
  | { kind: 'model'; parsed: ParsedModel }
  /** "foo/bar" where foo is no provider BYOK Arena knows. */
  | { kind: 'unknown-provider'; provider: string }
  | { kind: 'none' };

/**
 * "provider/model" typed by hand: the provider part must be a provider id (or "ollama"); the model is
 * everything after the first slash (OpenRouter ids have slashes of their own).
 */
export function parseFreeText(text: string): FreeText {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0) return { kind: 'none' };
  const providerPart = trimmed.slice(0, slash);
  const model = trimmed.slice(slash + 1).trim();
  const provider = providerIdFor(providerPart);
  if (!provider) return { kind: 'unknown-provider', provider: providerPart.slice(0, 40) };
  if (!model || model.length > MAX_MODEL_LENGTH || /[\r\n\t]/.test(model)) return { kind: 'none' };
  return { kind: 'model', parsed: { provider, model } };
}

/** How well an option matches: lower is better; null when some typed word is missing. */
function matchRank(option: ModelOption, query: string, words: readonly string[]): number | null {
  const id = option.id.toLowerCase();
  const model = option.model.toLowerCase();
  if (!words.every((word) => id.includes(word))) return null;
  if (model === query || id === query) return 0;
  if (model.startsWith(query)) return 1;
  if (id.startsWith(query)) return 2;
  const first = words[0] ?? '';
  const at = model.indexOf(first);
  if (at > 0 && '-_./: '.includes(model.charAt(at - 1))) return 3;
  return 4;
}

const providerOrder = (provider: ProviderId) => PROVIDER_IDS.indexOf(provider);

/**
 * The options for what was typed, best first: exact and prefix matches before the rest, models you
 * can call before those that need a key, then provider and name. Every word typed must appear in
 * "provider/model". Empty text lists everything in that order.
 */
export function rankOptions(options: readonly ModelOption[], text: string): ModelOption[] {
  const query = text.trim().toLowerCase();
  const words = query.split(/\s+/).filter(Boolean);
  const ranked: { option: ModelOption; rank: number }[] = [];
  for (const option of options) {
    const rank = words.length === 0 ? 0 : matchRank(option, query, words);
    if (rank !== null) ranked.push({ option, rank });
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(a.option.needsKey) - Number(b.option.needsKey) ||
        providerOrder(a.option.provider) - providerOrder(b.option.provider) ||
        a.option.model.localeCompare(b.option.model, 'en', { numeric: true }),
    )
    .map((entry) => entry.option);
}

/** A typed "provider/model" as an option, or a name for a custom server (Ollama) when no slash. */
export function typedOption(
  text: string,
  providers: readonly ProviderInfo[],
  keys: KeyedProviders,
): ModelOption | null {
  const free = parseFreeText(text);
  const trimmed = text.trim();
  let parsed: ParsedModel | null = null;
  if (free.kind === 'model') parsed = free.parsed;
  else if (free.kind === 'none' && trimmed && !trimmed.includes('/') && trimmed.length <= MAX_MODEL_LENGTH) {
    if (!/\s/.test(trimmed)) parsed = { provider: 'custom', model: trimmed };
  }
  if (!parsed) return null;
  const name = providers.find((provider) => provider.id === parsed.provider)?.displayName;
  return {
    id: `${parsed.provider}/${parsed.model}`,
    provider: parsed.provider,
    model: parsed.model,
    providerName: name ?? parsed.provider,
    inputUsdPerToken: null,
    outputUsdPerToken: null,
    tier: null,
    needsKey: needsKeyFor(parsed.provider, keys),
    typed: true,
  };
}

export interface OptionList {
  /** At most `limit` options, in the order shown. */
  shown: ModelOption[];
  /** How many listed models matched in all (the typed option not counted). */
  matched: number;
  /** Set when the text names a provider BYOK Arena does not know. */
  unknownProvider: string | null;
}

/**
 * What the listbox shows for the text: a typed "provider/model" first (it is what the user asked for),
 * then the ranked matches; a bare name for a custom server last, so Enter takes a real match first.
 */
export function optionsFor(
  options: readonly ModelOption[],
  text: string,
  providers: readonly ProviderInfo[],
  keys: KeyedProviders,
  limit = 50,
): OptionList {
  const ranked = rankOptions(options, text);
  const typed = typedOption(text, providers, keys);
  const free = parseFreeText(text);
  const listed = typed ? ranked.filter((option) => option.id !== typed.id) : ranked;
  const exact = typed !== null && listed.length < ranked.length;
  const shown = listed.slice(0, limit - 1);
  if (typed && exact) shown.unshift(ranked.find((option) => option.id === typed.id)!);
  else if (typed?.provider === 'custom' && free.kind === 'none') shown.push(typed);
  else if (typed) shown.unshift(typed);
  return {
    shown: shown.slice(0, limit),
    matched: ranked.length,
    unknownProvider: free.kind === 'unknown-provider' ? free.provider : null,
  };
}
