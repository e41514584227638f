// Which quality-data ids a catalog model may be scored under, best first. Model ids come from price
// lists and users (hostile text): only Maps, anchored regexes with one bounded quantifier, no indexing
// of plain objects.
import type { ProviderId } from '../../../src-shared/domain.ts';
import type { ModelOwner } from './quality-set.ts';

export interface QualityCandidate {
  owner: ModelOwner;
  /** Lower-cased. */
  model: string;
  /** Why another id's scores stand for this one (QualityScoreEntry.via); absent for the same model. */
  via?: string;
  /** Only the scores measured in this mode apply (a retired alias that fixed the mode). */
  reasoning?: boolean;
}

const MAX_ID_LENGTH = 200;

/** OpenRouter's maker prefixes → the data's owners. */
const OPENROUTER_OWNERS: ReadonlyMap<string, ModelOwner> = new Map([
  ['minimax', 'minimax'],
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['google', 'gemini'],
  ['deepseek', 'deepseek'],
  ['moonshotai', 'moonshot'],
  ['z-ai', 'z-ai'],
  ['qwen', 'qwen'],
]);

/** OpenRouter slugs whose name differs from the maker's id by more than dots vs dashes. */
const OPENROUTER_RENAMES: ReadonlyMap<string, string> = new Map([
  ['anthropic/claude-opus-4', 'claude-opus-4-20250514'],
  ['anthropic/claude-sonnet-4', 'claude-sonnet-4-20250514'],
  ['deepseek/deepseek-chat-v3.1', 'deepseek-v3.1'],
  ['qwen/qwen3-235b-a22b-2507', 'qwen3-235b-a22b-instruct-2507'],
  ['qwen/qwen3-coder', 'qwen3-coder-480b-a35b-instruct'],
]);

/** Other spellings of one dated model in the price lists (LiteLLM's "claude-4-opus-…"). */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['anthropic/claude-4-opus-20250514', 'claude-opus-4-20250514'],
  ['anthropic/claude-4-sonnet-20250514', 'claude-sonnet-4-20250514'],
]);

/**
 * DeepSeek's retired aliases (after 2026-07-24): they last pointed to deepseek-v4-flash without and
 * with thinking (PROVIDERS.md, PROVENANCE.md), so they show those scores, marked as such.
 */
const RETIRED_DEEPSEEK: ReadonlyMap<string, QualityCandidate> = new Map([
  [
    'deepseek-chat',
    {
      owner: 'deepseek',
      model: 'deepseek-v4-flash',
      reasoning: false,
      via: 'deepseek-v4-flash, non-reasoning: deepseek-chat last pointed to it (retired 2026-07-24)',
    },
  ],
  [
    'deepseek-reasoner',
    {
      owner: 'deepseek',
      model: 'deepseek-v4-flash',
      reasoning: true,
      via: 'deepseek-v4-flash, reasoning: deepseek-reasoner last pointed to it (retired 2026-07-24)',
    },
  ],
]);

/**
 * Catalog ids whose scores were measured under another id, with why (shown as "via …"). An alias the
 * catalog gives such a model that equals the stand-in is no id of its own here (deepseek-flash lists
 * deepseek-v4-flash as an alias, but V4.1-Flash is not what AA measured).
 */
const STAND_INS: ReadonlyMap<string, { model: string; via: string }> = new Map([
  [
    'deepseek/deepseek-flash',
    {
      model: 'deepseek-v4-flash',
      via: 'deepseek-v4-flash (V4-Flash): deepseek-flash is V4.1-Flash, which the index did not measure',
    },
  ],
  [
    'moonshot/kimi-k2-turbo-preview',
    { model: 'kimi-k2-0905-preview', via: 'kimi-k2-0905-preview: the same model, served faster' },
  ],
  [
    'moonshot/kimi-k2-thinking-turbo',
    { model: 'kimi-k2-thinking', via: 'kimi-k2-thinking: the same model, served faster' },
  ],
  // PROVENANCE.md: the gpt-4o alias pointed to gpt-4o-2024-08-06 (AA's "gpt-4o" is the Nov '24 one).
  [
    'openai/gpt-4o',
    { model: 'gpt-4o-2024-08-06', via: 'gpt-4o-2024-08-06: the snapshot the gpt-4o alias pointed to' },
  ],
]);

/** Only these date suffixes are stripped, and only after the dated id itself found nothing. */
const DATE_SUFFIX = /-(?:\d{8}|\d{4}-\d{2}-\d{2})$/;
const FAST_SERVING = /-(?:highspeed|lightning)$/;

/** `spelled` keeps the catalog's case for via notes ("via MiniMax-M2.1"); ids compare lower-cased. */
function candidatesUnder(owner: ModelOwner, spelled: string): QualityCandidate[] {
  const id = spelled.toLowerCase();
  const found: QualityCandidate[] = [{ owner, model: id }];
  const respelled = SPELLINGS.get(`${owner}/${id}`);
  if (respelled) found.push({ owner, model: respelled });
  const undated = id.replace(DATE_SUFFIX, '');
  if (undated !== id) found.push({ owner, model: undated });
  const base = spelled.replace(FAST_SERVING, '');
  if (owner === 'minimax' && base !== spelled) {
    found.push({ owner, model: base.toLowerCase(), via: `${base}: the same model, served faster` });
  }
  const standIn = STAND_INS.get(`${owner}/${id}`);
  if (standIn) found.push({ owner, model: standIn.model, via: standIn.via });
  return found;
}

/** The model's own ids: its id and aliases, less an alias that is only its stand-in's id. */
function ownIds(owner: ModelOwner, model: string, aliases: readonly string[]): string[] {
  const standIn = STAND_INS.get(`${owner}/${model.toLowerCase()}`);
  return [model, ...aliases.filter((alias) => alias.toLowerCase() !== standIn?.model)].filter(
    (id) => id.length <= MAX_ID_LENGTH,
  );
}

function openRouterCandidates(slug: string): QualityCandidate[] {
  const plain = slug.toLowerCase().replace(/:[a-z0-9-]{1,40}$/, '');
  const slash = plain.indexOf('/');
  if (slash <= 0) return [];
  const owner = OPENROUTER_OWNERS.get(plain.slice(0, slash));
  if (!owner) return [];
  const name = plain.slice(slash + 1);
  const renamed = OPENROUTER_RENAMES.get(plain);
  const names = [renamed, name, name.replaceAll('.', '-')].filter((id): id is string => Boolean(id));
  return [...new Set(names)].flatMap((id) => candidatesUnder(owner, id));
}

/**
 * The quality-data ids a catalog model may be scored under, best first: the id itself, the catalog's
 * aliases, other spellings, the undated family of a dated id, the base model of a -highspeed one, a
 * stand-in (STAND_INS); for OpenRouter the maker's own id; for DeepSeek's retired aliases the model
 * they last pointed to. The quality table takes each index version from the first candidate that has it.
 */
export function qualityCandidates(
  provider: ProviderId,
  model: string,
  aliases: readonly string[] = [],
): QualityCandidate[] {
  if (model.length > MAX_ID_LENGTH) return [];
  const ids = ownIds(provider, model, aliases);
  const found =
    provider === 'openrouter'
      ? ids.flatMap(openRouterCandidates)
      : ids.flatMap((id) => candidatesUnder(provider, id));
  const retired = provider === 'deepseek' ? RETIRED_DEEPSEEK.get(model.toLowerCase()) : undefined;
  return retired ? [...found, retired] : found;
}
