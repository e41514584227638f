/**
 * The only hosts the app hands to the system browser: the consoles and docs of the providers it
 * supports, and the sources it cites. A link to any other host is dropped, so a page that is
 * tricked into opening a window cannot send the user anywhere else.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  // MiniMax
  'platform.minimax.io',
  'www.minimax.io',
  'platform.minimaxi.com',
  // OpenAI
  'platform.openai.com',
  // Anthropic
  'console.anthropic.com',
  'docs.anthropic.com',
  // DeepSeek
  'platform.deepseek.com',
  'api-docs.deepseek.com',
  // Google Gemini
  'aistudio.google.com',
  'ai.google.dev',
  // Moonshot
  'platform.moonshot.ai',
  'platform.moonshot.cn',
  // Routers and local servers
  'openrouter.ai',
  'ollama.com',
  // The project, LiteLLM's price list, quality sources
  'github.com',
  'artificialanalysis.ai',
  'arena.ai',
  'lmarena.ai',
]);

/** Longer than any console or docs link; a longer one is not ours. */
const MAX_LINK_LENGTH = 2048;

/**
 * The link to open in the system browser, normalized, or null when it may not be opened: only
 * https, on the default port, with no user name or password, to a host on the list (exact match:
 * no subdomains, no suffix tricks).
 */
export function allowedExternalLink(raw: string): string | null {
  if (raw.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return EXTERNAL_LINK_HOSTS.has(url.hostname) ? url.href : null;
}
