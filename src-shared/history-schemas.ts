// The history routes' input schemas.
import { z } from 'zod';
import { MAX_COLUMNS } from './compare.ts';
import { PROVIDER_IDS } from './domain.ts';

const id = z.string().min(1).max(100);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const historyQuerySchema = z.strictObject({
  search: z.string().trim().max(500).optional(),
  provider: z.enum(PROVIDER_IDS).optional(),
  model: z.string().trim().min(1).max(200).optional(),
  from: day.optional(),
  to: day.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.int().min(1).max(200).optional(),
});

export const voteOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('pair'), a: id, b: id, result: z.enum(['a', 'b', 'tie', 'both_bad']) }),
  z.strictObject({ kind: z.literal('best'), best: id }),
  z.strictObject({ kind: z.literal('ranking'), order: z.array(id).min(2).max(MAX_COLUMNS) }),
]);

export const voteSchema = z.strictObject({
  runId: id,
  outcome: voteOutcomeSchema,
  shownOrder: z.array(id).min(2).max(MAX_COLUMNS),
});

export const spendingQuerySchema = z.strictObject({
  groupBy: z.enum(['day', 'month']),
  from: day.optional(),
  to: day.optional(),
});

export const exportRequestSchema = z.strictObject({
  conversationId: id,
  /** One turn of it; the whole conversation when absent. */
  runId: id.optional(),
  format: z.enum(['markdown', 'json', 'csv']),
});

export const conversationRefSchema = z.strictObject({ conversationId: id });
export const runRefSchema = z.strictObject({ runId: id });
export const deleteConversationsSchema = z.strictObject({ conversationIds: z.array(id).min(1).max(10_000) });
