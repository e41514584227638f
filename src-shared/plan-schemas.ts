// Zod schemas for the plan routes: every number a user types is bounded here, before the core sees it.
import { z } from 'zod';
import { PROVIDER_IDS } from './domain.ts';
import { DEFAULT_WORKLOAD, MAX_CHART_PNG_DATA_URL } from './plan.ts';

const share = z.number().min(0).max(1);

export const workloadSchema = z.strictObject({
  requestsPerDay: z.number().min(0).max(100_000_000),
  inputTokens: z.number().int().min(0).max(10_000_000),
  outputTokens: z.number().int().min(0).max(10_000_000),
  cacheHitShare: share.default(DEFAULT_WORKLOAD.cacheHitShare),
  reasoningShare: share.default(DEFAULT_WORKLOAD.reasoningShare),
  turns: z.number().int().min(1).max(1000).default(DEFAULT_WORKLOAD.turns),
  activeDaysPerMonth: z.number().min(1).max(31).default(DEFAULT_WORKLOAD.activeDaysPerMonth),
  offPeakShare: share.default(DEFAULT_WORKLOAD.offPeakShare),
  hoursPerDay: z.number().min(1).max(24).default(DEFAULT_WORKLOAD.hoursPerDay),
});

const modelName = z.string().trim().min(1).max(200);

export const planModelRefSchema = z.strictObject({
  provider: z.enum(PROVIDER_IDS),
  model: modelName,
  region: z.enum(['global', 'china']).optional(),
});

const planId = z.string().trim().min(1).max(100);

export const projectRequestSchema = z.strictObject({
  workload: workloadSchema,
  models: z.array(planModelRefSchema).max(50),
  /** The plans to judge; all plans when absent. */
  planIds: z.array(planId).max(100).optional(),
});

const quotaSize = z.number().min(0).max(1_000_000_000).nullable();

export const planInputSchema = z.strictObject({
  id: planId.optional(),
  name: z.string().trim().min(1).max(100),
  provider: z.enum(PROVIDER_IDS),
  region: z.enum(['global', 'china']).default('global'),
  monthlyPrice: z.number().min(0).max(1_000_000),
  currency: z.enum(['USD', 'CNY']),
  models: z.array(modelName).min(1).max(50),
  quota: z.strictObject({
    unit: z.enum(['requests', 'usd']),
    fiveHour: quotaSize,
    weekly: quotaSize,
    hasWeekly: z.boolean(),
  }),
  requestsPerCall: z
    .array(z.strictObject({ model: modelName, requests: z.number().min(0.01).max(1000) }))
    .max(50)
    .default([]),
  source: z.string().trim().max(500).default('entered by you'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-27.')
    .optional(),
  verified: z.boolean().default(false),
  note: z.string().max(500).nullable().default(null),
});

export const planRefSchema = z.strictObject({ id: planId });

export const exportPlanReportSchema = projectRequestSchema.extend({
  /** The window's chart as data:image/png;base64,… — written as a PNG beside the report. */
  chartPng: z
    .string()
    .max(
      MAX_CHART_PNG_DATA_URL,
      'The chart image is too large to save: make the window smaller and export again.',
    )
    .startsWith('data:image/png;base64,', 'The chart must be a PNG data URL.')
    .optional(),
  /** The Playground run the workload came from, as the window describes it ("Run of 27 Nov, 3 models"). */
  basedOn: z.string().trim().max(500).optional(),
});
