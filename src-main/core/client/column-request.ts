import type { ColumnSpec, CompareParams, CompareRequest } from '../../../src-shared/compare.ts';
import type { ChatRequest } from '../wires/chat-request.ts';

/** The request's shared params with the column's own on top, field by field (an unset field is not an override). */
export function columnParams(shared: CompareParams, own: CompareParams | undefined): CompareParams {
  const set = Object.entries(own ?? {}).filter(([, value]) => value !== undefined);
  return { ...shared, ...(Object.fromEntries(set) as CompareParams) };
}

/** What one column asks its model: its settings, its earlier turns, the new prompt. */
export function columnChatRequest(column: ColumnSpec, request: Omit<CompareRequest, 'columns'>): ChatRequest {
  const params = columnParams(request.params, column.params);
  return {
    model: column.model,
    system: request.system,
    messages: [...(column.history ?? []), { role: 'user', content: request.prompt }],
    temperature: params.temperature,
    maxOutputTokens: params.maxOutputTokens,
    reasoning: params.reasoning,
    reasoningEffort: params.reasoningEffort,
  };
}
