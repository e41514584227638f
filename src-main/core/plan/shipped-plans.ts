// MiniMax Token Plan, both generations, as dated data with the source beside each figure (as of
// 2026-11). Plans change often: the user edits and adds their own, and the key's live windows
// (measured before and after a run) beat any table.
import type { Plan } from '../../../src-shared/plan.ts';

const GEN1_QUOTAS = 'platform.minimax.io/docs/token-plan/intro (and docs/coding-plan/intro)';
const GEN1_PRICES = 'platform.minimax.io/docs/token-plan/migration.md';
const GEN1_NOTE =
  'Token Plan generation 1 (spring 2026): requests per rolling 5-hour window; no weekly window.';
const HIGHSPEED_NOTE =
  'MiniMax-M2.7-highspeed consumes 2 requests per call (token-plan/intro). Price from third-party listings, not confirmed on a MiniMax page.';
const CHINA_SOURCE = 'xiaotiewinner/coding-plan README (third-party)';
const GEN2_SOURCE = 'platform.minimax.io/docs/guides/pricing-token-plan.md and docs/token-plan/faq.md';
const GEN2_NOTE =
  'Token Plan generation 2 (from June 2026): all models share one usage bar with 5-hour and weekly windows; its size is not published as a count, so whether a workload fits is unknown until measured with your key. Older subscriptions may have no weekly limit.';

const HIGHSPEED = 'MiniMax-M2.7-highspeed';
const ALL_MINIMAX_MODELS = [
  'MiniMax-M3',
  'MiniMax-M2.7',
  'MiniMax-M2.7-highspeed',
  'MiniMax-M2.5',
  'MiniMax-M2.5-highspeed',
  'MiniMax-M2.1',
  'MiniMax-M2.1-highspeed',
  'MiniMax-M2',
];

function gen1(id: string, name: string, monthlyPrice: number, fiveHour: number, highspeed: boolean): Plan {
  return {
    id,
    name,
    provider: 'minimax',
    region: 'global',
    monthlyPrice,
    currency: 'USD',
    models: [highspeed ? HIGHSPEED : 'MiniMax-M2.7'],
    quota: { unit: 'requests', fiveHour, weekly: null, hasWeekly: false },
    requestsPerCall: highspeed ? [{ model: HIGHSPEED, requests: 2 }] : [],
    source: highspeed
      ? `${GEN1_QUOTAS}; price: third-party listings`
      : `${GEN1_QUOTAS}; price: ${GEN1_PRICES}`,
    asOf: '2026-11',
    verified: !highspeed,
    origin: 'shipped',
    note: highspeed ? `${GEN1_NOTE} ${HIGHSPEED_NOTE}` : GEN1_NOTE,
  };
}

function china(id: string, name: string, monthlyPrice: number, fiveHour: number): Plan {
  return {
    ...gen1(id, name, monthlyPrice, fiveHour, false),
    region: 'china',
    currency: 'CNY',
    source: CHINA_SOURCE,
    verified: false,
    note: `${GEN1_NOTE} China prices and quotas from a third party: unverified.`,
  };
}

function gen2(id: string, name: string, monthlyPrice: number): Plan {
  return {
    id,
    name,
    provider: 'minimax',
    region: 'global',
    monthlyPrice,
    currency: 'USD',
    models: ALL_MINIMAX_MODELS,
    quota: { unit: 'requests', fiveHour: null, weekly: null, hasWeekly: true },
    requestsPerCall: [],
    source: GEN2_SOURCE,
    asOf: '2026-11',
    verified: true,
    origin: 'shipped',
    note: GEN2_NOTE,
  };
}

export const SHIPPED_PLANS: readonly Plan[] = [
  gen1('minimax-tp1-starter', 'MiniMax Token Plan Starter (gen 1)', 10, 1500, false),
  gen1('minimax-tp1-plus', 'MiniMax Token Plan Plus (gen 1)', 20, 4500, false),
  gen1('minimax-tp1-max', 'MiniMax Token Plan Max (gen 1)', 50, 15_000, false),
  gen1('minimax-tp1-plus-hs', 'MiniMax Token Plan Plus-Highspeed (gen 1)', 40, 4500, true),
  gen1('minimax-tp1-max-hs', 'MiniMax Token Plan Max-Highspeed (gen 1)', 80, 15_000, true),
  gen1('minimax-tp1-ultra-hs', 'MiniMax Token Plan Ultra-Highspeed (gen 1)', 150, 30_000, true),
  china('minimax-tp1-china-starter', 'MiniMax Token Plan Starter China (gen 1)', 29, 600),
  china('minimax-tp1-china-plus', 'MiniMax Token Plan Plus China (gen 1)', 49, 1500),
  china('minimax-tp1-china-max', 'MiniMax Token Plan Max China (gen 1)', 119, 4500),
  gen2('minimax-tp2-plus', 'MiniMax Token Plan Plus (gen 2)', 20),
  gen2('minimax-tp2-max', 'MiniMax Token Plan Max (gen 2)', 50),
  gen2('minimax-tp2-ultra', 'MiniMax Token Plan Ultra (gen 2)', 120),
];
