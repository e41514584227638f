import { type KeyKind, PROVIDER_IDS, type ProviderId, type Region } from './domain.ts';

export const MAX_KEY_LENGTH = 4096;

/**
 * Services whose key the app keeps and checks like a provider's, but which are not LLM providers:
 * they never appear in Add model, presets, compare or `providers.list`.
 */
export const DATA_SOURCE_IDS = ['artificialanalysis'] as const;
export type DataSourceId = (typeof DATA_SOURCE_IDS)[number];

/** Whose key a stored key is: an LLM provider's, or a data source's. */
export const KEY_OWNER_IDS = [...PROVIDER_IDS, ...DATA_SOURCE_IDS] as const;
export type KeyOwner = ProviderId | DataSourceId;

export interface DataSourceInfo {
  displayName: string;
  /** The Keys page's line saying what the key is for. */
  purpose: string;
  /** Where to create a key. */
  keyUrl: string;
}

export const DATA_SOURCES: Readonly<Record<DataSourceId, DataSourceInfo>> = {
  artificialanalysis: {
    displayName: 'Artificial Analysis',
    purpose: 'Quality scores for Models & Prices; free tier, attribution required.',
    keyUrl: 'https://artificialanalysis.ai/insights',
  },
};

export const isDataSource = (owner: KeyOwner): owner is DataSourceId =>
  (DATA_SOURCE_IDS as readonly string[]).includes(owner);

/**
 * Why pasted text is not a key, or null when it is one. The one rule for every way a key comes in
 * (keys.add, keys.replace, the environment import): after trimming, 8 to 4096 visible ASCII
 * characters. A key travels in an HTTP header, where anything else would be refused or mangled.
 */
export function keyTextProblem(text: string): string | null {
  const key = text.trim();
  if (key.length === 0) return 'Paste a key.';
  if (key.length < 8) return 'That key is too short: paste the whole key.';
  if (key.length > MAX_KEY_LENGTH) {
    return `That is too long for a key (at most ${MAX_KEY_LENGTH} characters): paste only the key.`;
  }
  if (/\s/.test(key)) return 'A key has no spaces or line breaks: paste it again.';
  if (/[^\x21-\x7e]/.test(key)) {
    return 'A key has only visible ASCII characters; this text has an invisible or non-ASCII one (often picked up when copying): paste the key again.';
  }
  return null;
}

export type KeyCheckStatus =
  | 'valid'
  | 'invalid'
  | 'wrong_region'
  | 'insufficient_balance'
  | 'plan_excludes_model'
  | 'rate_limited'
  | 'offline'
  | 'error'
  /** The stored key no longer decrypts (another OS user, another machine, a changed keyring): re-enter it. */
  | 'undecryptable';

/** One model's allowance in a subscription window (MiniMax Token Plan). */
export interface PlanQuota {
  model: string;
  remaining: number | null;
  total: number | null;
  /** ISO time the current window ends, when the provider says. */
  resetsAt: string | null;
}

export interface KeyCheck {
  status: KeyCheckStatus;
  /** What the result means and, when it is not valid, what to do. Never contains the key. */
  message: string;
  latencyMs: number;
  /** ISO time of the check. */
  checkedAt: string;
  keyKind: KeyKind;
  /** The region whose host accepted the key (for wrong_region: the one to switch to). */
  region?: Region;
  plan?: { name: string | null; quotas: PlanQuota[] };
  balance?: { amount: number; currency: string } | null;
  providerCode?: number | string;
  httpStatus?: number;
}

/** What the renderer may see of a stored key: never the key itself. */
export type KeySummary = UsableKeySummary | NewerVersionKeySummary;

/** A stored key this version can check and use. */
export interface UsableKeySummary {
  id: string;
  provider: KeyOwner;
  label: string;
  /** "sk-cp-…7f3a" */
  masked: string;
  keyKind: KeyKind;
  region?: Region;
  isDefault: boolean;
  /** ISO time. */
  createdAt: string;
  lastCheck: KeyCheck | null;
  unsupported?: undefined;
}

/**
 * A key saved by a newer version of BYOK Arena (a provider or key kind this one does not know). It
 * stays in the file exactly as that version wrote it; it is shown and can be removed, never checked
 * or used.
 */
export interface NewerVersionKeySummary {
  id: string;
  unsupported: 'newer-version';
  /** The provider as the newer version names it, for display only. */
  provider: string;
  label: string;
  masked: string;
}

export const isUsableKey = (key: KeySummary): key is UsableKeySummary => key.unsupported === undefined;

/** The Keys page's header: how keys are protected here, and keys found in the environment. */
export interface KeysStatus {
  /** encrypted: on disk, protected by the OS; session: memory only; needs_consent: nothing stored yet. */
  mode: 'encrypted' | 'session' | 'needs_consent';
  backend: 'os' | 'basic_text' | 'unknown' | 'memory';
  message: string;
  /**
   * How the user may keep keys on a system without real protection, first or later ("session":
   * memory only; "persist": store anyway). Empty when the OS protects keys, or nothing else is allowed.
   */
  choices: ('persist' | 'session')[];
  /** Start-up problems to show once (a corrupt store file moved aside, a key that no longer decrypts). */
  notices: string[];
  /** Keys found in environment variables, offered for import until imported or dismissed. */
  importOffer: { name: string; provider: ProviderId; masked: string; preferred: boolean }[];
}
