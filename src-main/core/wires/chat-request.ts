/** What one column asks a model, before any wire gives it a shape. */
export interface ChatRequest {
  model: string;
  system?: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  temperature?: number;
  maxOutputTokens?: number;
  /** Ask for thinking where the model can switch it. */
  reasoning?: boolean;
  tools?: { name: string; description?: string; parameters: Record<string, unknown> }[];
}
