// How the app calls a model when its column sets no reasoning: what the provider does by default, since
// the app then sends no reasoning field at all. A score is shown for that configuration only; a model
// that always reasons may fall back to its least-effort variant when asked not to reason.
// Model ids are user or provider text: compared with startsWith/includes and anchored patterns only.
import type { CallMode } from './quality.ts';

const on = (effort: string | null = null): CallMode => ({ reasoning: true, effort });
const always = (effort: string | null = null): CallMode => ({ reasoning: true, effort, alwaysReasons: true });
const OFF: CallMode = { reasoning: false };
const PROVIDER_DEFAULT: CallMode = { reasoning: null };

/** OpenRouter's maker prefixes → the provider whose defaults apply. */
const OPENROUTER_MAKERS: ReadonlyMap<string, string> = new Map([
  ['anthropic', 'anthropic'],
  ['openai', 'openai'],
  ['google', 'gemini'],
  ['deepseek', 'deepseek'],
  ['minimax', 'minimax'],
  ['moonshotai', 'moonshot'],
]);

function openai(id: string): CallMode {
  if (/^o\d/.test(id)) return always('medium');
  if (id.includes('-chat')) return OFF;
  if (/^gpt-5(\.\d+)?-pro/.test(id)) return always('high');
  if (id.includes('-codex')) return always('low');
  // gpt-5.1 and later default to reasoning_effort 'none' (OpenAI; Vercel AI Gateway's table: 5.1, 5.2,
  // 5.4 'none', gpt-5 'medium'); the app sends none when reasoning is off.
  if (/^gpt-5\.\d/.test(id)) return OFF;
  // gpt-5, -mini, -nano: medium by default, 'minimal' at the least; they cannot stop reasoning.
  if (id.startsWith('gpt-5')) return always('medium');
  return PROVIDER_DEFAULT;
}

function gemini(id: string): CallMode {
  if (id.startsWith('gemini-2.5-flash-lite')) return OFF;
  if (id.startsWith('gemini-2.5-pro')) return always();
  if (id.startsWith('gemini-2.5-flash')) return on();
  // Gemini 3 thinks at 'high' by default; Pro cannot stop.
  if (/^gemini-3(\.\d+)?-pro/.test(id)) return always('high');
  if (/^gemini-[3-9]/.test(id)) return on('high');
  return PROVIDER_DEFAULT;
}

function deepseek(id: string, viaOpenRouter: boolean): CallMode {
  if (id.startsWith('deepseek-r1') || id === 'deepseek-reasoner') return always();
  // OpenRouter's hybrid V3.x models reason only when asked (reasoning.enabled).
  if (viaOpenRouter && /^deepseek-(chat-v3|v3)/.test(id)) return OFF;
  if (id.startsWith('deepseek-v4') || id === 'deepseek-flash') return on();
  if (id === 'deepseek-chat') return OFF;
  return PROVIDER_DEFAULT;
}

function minimax(id: string): CallMode {
  // The M2 family always thinks; M3 thinks adaptively unless told not to (PROVIDERS.md).
  if (id.startsWith('minimax-m2')) return always();
  if (id.startsWith('minimax-m3')) return on();
  return PROVIDER_DEFAULT;
}

function moonshot(id: string): CallMode {
  if (id.startsWith('kimi-k2-thinking')) return always();
  if (/^kimi-k2-(0711|0905|turbo)/.test(id)) return OFF;
  return PROVIDER_DEFAULT;
}

/**
 * How the app calls `model` of `provider` (or of a maker the quality data names, such as 'z-ai') when
 * the column says nothing about reasoning. Claude thinks only when asked: the app sends no thinking.
 */
export function defaultCallMode(provider: string, model: string): CallMode {
  let maker = provider;
  let id = model.toLowerCase();
  const viaOpenRouter = provider === 'openrouter';
  if (viaOpenRouter) {
    const slash = id.indexOf('/');
    maker = OPENROUTER_MAKERS.get(id.slice(0, Math.max(slash, 0))) ?? 'other';
    id = id.slice(slash + 1);
    const colon = id.indexOf(':');
    if (colon > 0) id = id.slice(0, colon);
  }
  switch (maker) {
    case 'anthropic':
      return OFF;
    case 'openai':
      return openai(id);
    case 'gemini':
      return gemini(id);
    case 'deepseek':
      return deepseek(id, viaOpenRouter);
    case 'minimax':
      return minimax(id);
    case 'moonshot':
      return moonshot(id);
    default:
      return PROVIDER_DEFAULT;
  }
}
