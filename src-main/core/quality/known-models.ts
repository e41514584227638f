import type { Tier } from '../../../src-shared/domain.ts';

/** A model the tier table knows by its family, and the family's name for the badge's tooltip. */
export interface KnownModel {
  tier: Tier;
  family: string;
}

/** Longer ids are not model names we know (and a refreshed price list may hold anything). */
const MAX_ID_LENGTH = 200;

/** Segments naming a snapshot of a model rather than another model: dates, build numbers, "preview". */
const SNAPSHOT_WORDS = new Set(['preview', 'latest', 'exp', 'experimental']);
const isSnapshot = (segment: string) => SNAPSHOT_WORDS.has(segment) || /^\d{2,8}$/.test(segment);
const isVersion = (segment: string) => /^\d+(\.\d+)?$/.test(segment);

/**
 * A model id's words: lower case, without a vendor prefix ("openai/gpt-5"), a fine-tune prefix
 * ("ft:gpt-4o"), a variant tag ("…:free") or snapshot words ("-2025-08-07", "-preview", "-latest").
 */
export function modelWords(model: string): string[] {
  let id = model.toLowerCase();
  id = id.slice(id.lastIndexOf('/') + 1);
  if (id.startsWith('ft:')) id = id.slice('ft:'.length);
  const tag = id.indexOf(':');
  if (tag >= 0) id = id.slice(0, tag);
  return id.split('-').filter((segment) => segment !== '' && !isSnapshot(segment));
}

const known = (tier: Tier, family: string): KnownModel => ({ tier, family });

interface GptGeneration {
  full: Tier;
  /** The non-reasoning chat variant, where the generation reasons by default. */
  chat?: Tier;
  mini?: Tier;
  nano?: Tier;
}

const GPT_GENERATIONS: readonly [matches: (version: string) => boolean, GptGeneration][] = [
  [
    (version) => /^5(\.\d+)?$/.test(version),
    { full: 'COMPLEX', chat: 'VERSATILE', mini: 'STANDARD', nano: 'MICRO' },
  ],
  [(version) => version === '4.1', { full: 'VERSATILE', mini: 'STANDARD', nano: 'MICRO' }],
  [(version) => version === '4o', { full: 'VERSATILE', mini: 'MICRO' }],
  [(version) => version === '4', { full: 'VERSATILE' }],
  [(version) => version === '3.5', { full: 'MICRO' }],
];
/** Words that package the same model differently (a tool, a modality, more compute) without changing its class. */
const GPT_SAME_CLASS = new Set(['codex', 'pro', 'max', 'search', 'api', 'turbo', 'audio', 'instruct', '16k']);

function gpt([first, version = '', ...rest]: string[]): KnownModel | null {
  if (first !== 'gpt' && first !== 'chatgpt') return null;
  const generation = GPT_GENERATIONS.find(([matches]) => matches(version))?.[1];
  if (!generation) return null;
  let variant: 'full' | 'chat' | 'mini' | 'nano' = 'full';
  for (const word of rest) {
    if (word === 'chat' || word === 'mini' || word === 'nano') variant = word;
    else if (!GPT_SAME_CLASS.has(word)) return null;
  }
  const tier = variant === 'chat' ? (generation.chat ?? generation.full) : generation[variant];
  if (!tier) return null;
  const name = `gpt-${version}`;
  if (variant !== 'full') return known(tier, `${name} ${variant}`);
  return known(tier, tier === 'COMPLEX' ? `${name}, frontier reasoning` : name);
}

/** The words without "deep research" (a model that searches the web before it answers), and whether it was there. */
function withoutDeepResearch(words: string[]): { rest: string[]; deepResearch: boolean } {
  const at = words.findIndex((word, index) => word === 'deep' && words[index + 1] === 'research');
  if (at < 0) return { rest: words, deepResearch: false };
  return { rest: [...words.slice(0, at), ...words.slice(at + 2)], deepResearch: true };
}

/** Words that give an o-series model more compute, not another class. */
const O_SERIES_EFFORT = new Set(['pro', 'high', 'medium', 'low']);

/**
 * o1, o3, o4: frontier reasoning; their -mini models are small reasoning models, like gpt-5-mini. A
 * deep-research variant is its base model with web search on top: the same class.
 */
function oSeries(words: string[]): KnownModel | null {
  const { rest: base, deepResearch } = withoutDeepResearch(words);
  const [first = '', ...rest] = base;
  if (!/^o\d$/.test(first)) return null;
  if (rest.some((word) => word !== 'mini' && !O_SERIES_EFFORT.has(word))) return null;
  const research = deepResearch ? ' deep research' : '';
  return rest.includes('mini')
    ? known('STANDARD', `${first}-mini${research}, small reasoning`)
    : known('COMPLEX', `${first}${research}, frontier reasoning`);
}

/** codex-mini: OpenAI's coding model built on o4-mini, in the class of o4-mini and gpt-5-mini (not a -mini of some larger "codex"). */
function codexMini(words: string[]): KnownModel | null {
  return words.length === 2 && words[0] === 'codex' && words[1] === 'mini'
    ? known('STANDARD', 'codex-mini, coding on o4-mini')
    : null;
}

function claude([first, ...rest]: string[]): KnownModel | null {
  if (first !== 'claude') return null;
  if (rest.includes('opus')) return known('HEAVY', 'Claude Opus');
  if (rest.includes('sonnet')) return known('VERSATILE', 'Claude Sonnet');
  if (rest.includes('haiku')) return known('MICRO', 'Claude Haiku');
  return null;
}

function gemini([first, ...rest]: string[]): KnownModel | null {
  if (first !== 'gemini') return null;
  const kind = rest.filter((word) => !isVersion(word) && word !== 'customtools').join('-');
  if (kind === 'pro') return known('HEAVY', 'Gemini Pro');
  if (kind === 'flash') return known('STANDARD', 'Gemini Flash');
  if (kind === 'flash-lite') return known('MICRO', 'Gemini Flash-Lite');
  return null;
}

function deepseek([first, ...rest]: string[]): KnownModel | null {
  if (first !== 'deepseek') return null;
  return rest.includes('pro') ? known('HEAVY', 'DeepSeek Pro') : known('STANDARD', 'DeepSeek');
}

function minimax([first, version = '', ...rest]: string[]): KnownModel | null {
  if (first !== 'minimax' || rest.some((word) => word !== 'highspeed' && word !== 'lightning')) return null;
  if (/^m3(\.\d+)?$/.test(version)) return known('VERSATILE', 'MiniMax M3');
  if (/^m2(\.\d+)?$/.test(version)) return known('STANDARD', 'MiniMax M2.x');
  return null;
}

function kimi([first, version = '', ...rest]: string[]): KnownModel | null {
  if (first !== 'kimi' || !/^k2(\.\d+)?$/.test(version)) return null;
  if (rest.some((word) => word !== 'thinking' && word !== 'turbo')) return null;
  return rest.includes('thinking') ? known('HEAVY', 'Kimi K2 Thinking') : known('STANDARD', 'Kimi K2');
}

/** Any other family's small model: "-mini", "-nano", "-lite" as a whole word (not gemini, MiniMax, ministral). */
function smallVariant(words: string[]): KnownModel | null {
  return words.some((word) => word === 'mini' || word === 'nano' || word === 'lite')
    ? known('MICRO', 'a -mini / -nano / -lite model')
    : null;
}

const FAMILIES = [gpt, oSeries, codexMini, claude, gemini, deepseek, minimax, kimi, smallVariant];

/**
 * The tier of a model whose family we know (ATOM's cognitive tiers), from its id alone, whoever
 * serves it ("gpt-5.4-mini", "openai/gpt-5.4-mini-2026-03-17"). Null for families we do not claim.
 */
export function knownModel(model: string): KnownModel | null {
  if (model.length > MAX_ID_LENGTH) return null;
  const words = modelWords(model);
  for (const family of FAMILIES) {
    const match = family(words);
    if (match) return match;
  }
  return null;
}
