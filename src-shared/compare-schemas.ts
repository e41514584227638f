// The compare request's schemas: what main accepts for a run, a column and a conversation turn.
import { z } from 'zod';
import { MAX_COLUMNS, MAX_OUTPUT_TOKENS, MAX_TEMPERATURE } from './compare.ts';
import { MAX_HISTORY_TURNS, MAX_REQUEST_CHARS, MAX_TURN_CHARS } from './conversation.ts';
import { PROVIDER_IDS } from './domain.ts';

const modelId = z.string().trim().min(1).max(200);
const text = (max: number) => z.string().max(max);

export const reasoningEffortSchema = z.enum(['minimal', 'low', 'medium', 'high']);

/** Generation settings: the request's shared defaults, or one column's overrides of them. */
export const columnParamsSchema = z.strictObject({
  temperature: z.number().min(0).max(MAX_TEMPERATURE).optional(),
  maxOutputTokens: z.int().positive().max(MAX_OUTPUT_TOKENS).optional(),
  /** Ask for thinking where the model supports switching it. */
  reasoning: z.boolean().optional(),
  /** How hard to think, where the provider takes a level (OpenAI, Gemini, OpenRouter, Claude's budget). */
  reasoningEffort: reasoningEffortSchema.optional(),
});

/** Which model, where, with which key. */
export const columnTargetSchema = z.strictObject({
  provider: z.enum(PROVIDER_IDS),
  model: modelId,
  region: z.enum(['global', 'china']).optional(),
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  wire: z.enum(['openai-chat', 'anthropic-messages']).optional(),
  /** A stored key of this provider; the provider's default key when absent. */
  keyId: z.string().min(1).max(100).optional(),
});

const replayBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('thinking'), thinking: text(MAX_TURN_CHARS), signature: text(100_000) }),
  z.strictObject({ type: z.literal('redacted_thinking'), data: text(MAX_TURN_CHARS) }),
  z.strictObject({ type: z.literal('text'), text: text(MAX_TURN_CHARS) }),
  z.strictObject({
    type: z.literal('tool_use'),
    id: text(200),
    name: text(200),
    input: text(MAX_TURN_CHARS),
  }),
]);

export const chatTurnSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('user'), content: text(2_000_000) }),
  z.strictObject({
    role: z.literal('assistant'),
    content: text(MAX_TURN_CHARS),
    reasoning: text(MAX_TURN_CHARS).optional(),
    replay: z
      .strictObject({
        content: text(MAX_TURN_CHARS).optional(),
        blocks: z.array(replayBlockSchema).max(1000).optional(),
      })
      .optional(),
  }),
]);

export const columnSpecSchema = columnTargetSchema.extend({
  columnId: z.string().min(1).max(64),
  params: columnParamsSchema.optional(),
  /** This column's earlier turns, oldest first; the request's prompt is the next user turn. */
  history: z.array(chatTurnSchema).max(MAX_HISTORY_TURNS).optional(),
});

function turnChars(turn: z.infer<typeof chatTurnSchema>): number {
  if (turn.role === 'user') return turn.content.length;
  const blocks = turn.replay?.blocks ?? [];
  let chars = turn.content.length + (turn.reasoning?.length ?? 0) + (turn.replay?.content?.length ?? 0);
  for (const block of blocks) {
    chars +=
      block.type === 'thinking'
        ? block.thinking.length + block.signature.length
        : block.type === 'redacted_thinking'
          ? block.data.length
          : block.type === 'text'
            ? block.text.length
            : block.input.length + block.name.length;
  }
  return chars;
}

function isPermutation(order: readonly string[], columns: readonly { columnId: string }[]): boolean {
  const ids = new Set(columns.map((column) => column.columnId));
  return (
    order.length === columns.length &&
    new Set(order).size === order.length &&
    order.every((id) => ids.has(id))
  );
}

export const compareRequestSchema = z
  .strictObject({
    prompt: z.string().min(1, 'Write a prompt first.').max(2_000_000),
    system: z.string().max(200_000).optional(),
    params: columnParamsSchema,
    columns: z
      .array(columnSpecSchema)
      .min(1, 'Pick at least one model.')
      .max(MAX_COLUMNS, `At most ${MAX_COLUMNS} columns run at once.`)
      .refine((columns) => new Set(columns.map((column) => column.columnId)).size === columns.length, {
        message: 'Column ids must be unique.',
      }),
    conversationId: z.string().min(1).max(100).optional(),
    blind: z.boolean().optional(),
    blindOrder: z.array(z.string().min(1).max(64)).max(MAX_COLUMNS).optional(),
  })
  .refine((request) => request.blindOrder === undefined || request.blind === true, {
    message: 'A blind order is only sent with blind: true.',
    path: ['blindOrder'],
  })
  .refine(
    (request) => request.blindOrder === undefined || isPermutation(request.blindOrder, request.columns),
    {
      message: "The blind order must name each of the run's columns once.",
      path: ['blindOrder'],
    },
  )
  .refine(
    (request) =>
      request.prompt.length +
        (request.system?.length ?? 0) +
        request.columns.reduce(
          (sum, column) => sum + (column.history ?? []).reduce((total, turn) => total + turnChars(turn), 0),
          0,
        ) <=
      MAX_REQUEST_CHARS,
    {
      message: `The prompt and the conversations together are too long (over ${MAX_REQUEST_CHARS.toLocaleString('en-US')} characters): start a new conversation.`,
      path: ['columns'],
    },
  );
