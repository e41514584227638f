// The IPC API, declared once: each route's name, input schema and output type, and the event union.
// Main registers every route generically from this table; the preload builds window.arena from it.
import { z } from 'zod';
import type { ColumnBatch, ColumnSummary, CompareRequest } from './compare.ts';
import { compareRequestSchema } from './compare-schemas.ts';
import { type AppInfo, PROVIDER_IDS, type ProviderInfo, type Result, type Settings } from './domain.ts';
import type {
  Conversation,
  ExportResult,
  HistoryPage,
  HistoryStatus,
  Leaderboard,
  SpendingReport,
  StoredVote,
} from './history.ts';
import {
  conversationRefSchema,
  deleteConversationsSchema,
  exportRequestSchema,
  historyQuerySchema,
  runRefSchema,
  spendingQuerySchema,
  voteSchema,
} from './history-schemas.ts';
import { KEY_OWNER_IDS, type KeySummary, type KeysStatus, keyTextProblem, MAX_KEY_LENGTH } from './keys.ts';
import type { Plan, PlanExportResult, PlanReport } from './plan.ts';
import type { PlanQuotaReport } from './plan-quota.ts';
import {
  exportPlanReportSchema,
  planInputSchema,
  planRefSchema,
  projectRequestSchema,
} from './plan-schemas.ts';
import type { PriceTable, PromptAdvice } from './pricing.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, ROUTE_NAMES } from './route-names.ts';
import { qualityIndexRefSchema, settingsPatchSchema } from './settings-schema.ts';

export interface RouteDef<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom: carries the output type, never set at run time. */
  output?: Output;
}

function route<Output>() {
  return <Input extends z.ZodType>(input: Input): RouteDef<Input, Output> => ({ input });
}

export { columnSpecSchema, compareRequestSchema } from './compare-schemas.ts';
export { themePreferenceSchema } from './settings-schema.ts';

const keyId = z.strictObject({ id: z.string().min(1).max(100) });
// One rule for every route that takes a key (the vault applies it again, and trims).
// The outer bound leaves room for whitespace around a pasted key; the rule bounds the key itself.
const keyText = z
  .string()
  .max(2 * MAX_KEY_LENGTH, 'That is too long for a key: paste only the key.')
  .superRefine((text, context) => {
    const problem = keyTextProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
const regionSchema = z.enum(['global', 'china']);

export const routes = {
  'app.info': route<AppInfo>()(z.void()),
  'settings.get': route<Settings>()(z.void()),
  'settings.update': route<Settings>()(settingsPatchSchema),
  'providers.list': route<ProviderInfo[]>()(z.void()),
  'prices.list': route<PriceTable>()(z.void()),
  'prices.refresh': route<PriceTable>()(z.void()),
  'prices.setOverride': route<PriceTable>()(
    z.strictObject({
      provider: z.enum(PROVIDER_IDS),
      model: z.string().trim().min(1).max(200),
      inputPerMillion: z.number().min(0).max(10_000),
      outputPerMillion: z.number().min(0).max(10_000),
      cacheReadPerMillion: z.number().min(0).max(10_000).optional(),
      cacheWritePerMillion: z.number().min(0).max(10_000).optional(),
    }),
  ),
  'prices.setQuality': route<PriceTable>()(
    z.strictObject({
      provider: z.enum(PROVIDER_IDS),
      model: z.string().trim().min(1).max(200),
      score: z.number().min(0).max(100),
    }),
  ),
  'prices.clearOverride': route<PriceTable>()(
    z.strictObject({ provider: z.enum(PROVIDER_IDS), model: z.string().trim().min(1).max(200) }),
  ),
  /** Choose the index version `quality`, tiers and "$ per quality point" use; saved in the settings. */
  'prices.setQualityIndex': route<PriceTable>()(qualityIndexRefSchema),
  /** Fetch Artificial Analysis scores with the stored Artificial Analysis key; keeps the last good copy. */
  'prices.refreshQuality': route<PriceTable>()(z.void()),
  'prices.recommend': route<PromptAdvice>()(
    z.strictObject({
      prompt: z.string().min(1).max(2_000_000),
      // On the chosen index's scale: 0–100 for Artificial Analysis, a rating (about 1000–1500) for LMArena.
      minQuality: z.number().min(0).max(3000).optional(),
    }),
  ),
  /** conversationId: the request's, or a new one when it started a conversation. */
  'compare.start': route<{ runId: string; conversationId: string }>()(compareRequestSchema),
  'history.status': route<HistoryStatus>()(z.void()),
  'history.list': route<HistoryPage>()(historyQuerySchema),
  'history.get': route<Conversation>()(conversationRefSchema),
  'history.delete': route<{ deleted: number }>()(deleteConversationsSchema),
  'history.vote': route<StoredVote>()(voteSchema),
  /** A blind run's names shown without a vote ("Reveal without voting"): History shows them too. */
  'history.reveal': route<{ revealedAt: string }>()(runRefSchema),
  'history.spending': route<SpendingReport>()(spendingQuerySchema),
  'history.leaderboard': route<Leaderboard>()(z.void()),
  /** Writes the file where the user chooses (a save dialog); saved: false when they cancel. */
  'history.export': route<ExportResult>()(exportRequestSchema),
  /** Pay-as-you-go per model (cheapest first) and each plan's verdict for one workload. */
  'plan.project': route<PlanReport>()(projectRequestSchema),
  /** The shipped plans (dated, with sources) and the user's own. */
  'plan.plans': route<Plan[]>()(z.void()),
  /** Adds a user plan, or replaces the user plan with that id; returns every plan. */
  'plan.savePlan': route<Plan[]>()(planInputSchema),
  /** Deletes a user plan (shipped plans cannot be deleted); returns every plan. */
  'plan.deletePlan': route<Plan[]>()(planRefSchema),
  /** The report as Markdown where the user chooses, its CSV (and the chart's PNG) beside it. */
  'plan.exportReport': route<PlanExportResult>()(exportPlanReportSchema),
  /** Each Token Plan key's live windows (read now), what measured runs consumed, medians per model. */
  'plan.quota': route<PlanQuotaReport>()(z.void()),
  'keys.status': route<KeysStatus>()(z.void()),
  'keys.list': route<KeySummary[]>()(z.void()),
  'keys.add': route<KeySummary>()(
    z.strictObject({
      provider: z.enum(KEY_OWNER_IDS),
      label: z.string().max(100).optional(),
      key: keyText,
      region: regionSchema.optional(),
    }),
  ),
  'keys.replace': route<KeySummary>()(z.strictObject({ id: z.string().min(1).max(100), key: keyText })),
  'keys.update': route<KeySummary>()(
    z.strictObject({
      id: z.string().min(1).max(100),
      label: z.string().max(100).optional(),
      region: regionSchema.nullable().optional(),
    }),
  ),
  'keys.setDefault': route<KeySummary[]>()(keyId),
  'keys.remove': route<KeySummary[]>()(keyId),
  'keys.check': route<KeySummary>()(keyId),
  'keys.checkAll': route<KeySummary[]>()(z.void()),
  'keys.chooseStorage': route<KeysStatus>()(z.strictObject({ choice: z.enum(['persist', 'session']) })),
  'keys.import': route<KeySummary[]>()(
    z.strictObject({ names: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).max(50) }),
  ),
  'keys.dismissImport': route<KeysStatus>()(z.void()),
  'compare.cancel': route<{ cancelled: boolean }>()(
    z.strictObject({ runId: z.string().min(1), columnId: z.string().min(1).optional() }),
  ),
  // Every name in route-names.ts, and no other (the preload builds window.arena from that list).
} satisfies Record<(typeof ROUTE_NAMES)[number], unknown>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
export type RouteInput<N extends RouteName> = z.input<Routes[N]['input']>;
export type ParsedRouteInput<N extends RouteName> = z.output<Routes[N]['input']>;
export type RouteOutput<N extends RouteName> = Routes[N] extends RouteDef<z.ZodType, infer O> ? O : never;

export { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, ROUTE_NAMES };

/**
 * Pushed from main to the renderer on one channel. What arrived for any column during one turn of
 * main's event loop goes out together at the end of that turn, as one compare.batch; each column's
 * compare.column-done follows its last batch.
 */
export type ArenaEvent =
  | { type: 'compare.batch'; items: ColumnBatch[] }
  | { type: 'compare.column-done'; runId: string; columnId: string; result: ColumnSummary }
  | { type: 'settings.changed'; settings: Settings }
  | { type: 'keys.check-progress'; id: string; done: number; total: number; key: KeySummary };

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type VerbOf<N, D extends string> = N extends `${D}.${infer V}` ? V : never;

/** What the renderer sees as window.arena: one async method per route, grouped by domain. */
export type ArenaApi = {
  [D in DomainOf<RouteName>]: {
    [N in RouteName as VerbOf<N, D>]: (input: RouteInput<N>) => Promise<Result<RouteOutput<N>>>;
  };
} & {
  onEvent(listener: (event: ArenaEvent) => void): () => void;
};

// Compile-time guard: the schema's output is exactly what the core's CompareRequest type expects.
type Assert<T extends true> = T;
type _CompareRequestMatches = Assert<
  z.output<typeof compareRequestSchema> extends CompareRequest ? true : false
>;
