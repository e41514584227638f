import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { PROVIDER_IDS, type ProviderId } from '../../src-shared/domain.ts';
import { isProviderId } from '../core/providers/registry.ts';
import { UsageError } from './usage-error.ts';

// In its own module so that run-cli.ts can recognize it without loading the provider registry.
export { UsageError };

export const KNOWN_PROVIDERS = PROVIDER_IDS.join(', ');

/** An option-like value (`--x`, `-x`, but not `-` alone), which strict parseArgs refuses as ambiguous. */
const looksLikeOption = (value: string) => value.length > 1 && value.startsWith('-');

/**
 * The first thing wrong with `args`, in words, or null. Walks parseArgs' own tokens, so it sees
 * exactly what the strict parse below would refuse, but can say what is accepted instead.
 */
function argumentProblem(
  args: string[],
  options: ParseArgsOptionsConfig,
  allowPositionals: boolean,
): string | null {
  const accepted = Object.keys(options)
    .map((name) => `--${name}`)
    .join(', ');
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !allowPositionals)
      return `unexpected argument "${token.value}"; options are ${accepted}`;
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name))
      return `unknown option ${token.rawName}; options are ${accepted}`;
    const type = options[token.name]?.type;
    if (type === 'boolean' && token.inlineValue) return `${token.rawName} takes no value`;
    if (type !== 'string') continue;
    if (token.value === undefined) return `${token.rawName} needs a value`;
    if (!token.inlineValue && looksLikeOption(token.value))
      return `${token.rawName} needs a value, got the option ${token.value} (write ${token.rawName}=${token.value} if that is the value)`;
  }
  return null;
}

/** Node's strict parseArgs, with every mistake turned into a UsageError that says what is accepted. */
export function parseCommandArgs<const Options extends ParseArgsOptionsConfig>(
  args: string[],
  options: Options,
  allowPositionals = false,
) {
  const problem = argumentProblem(args, options, allowPositionals);
  if (problem) throw new UsageError(problem);
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    // Not reached when argumentProblem mirrors parseArgs; its first sentence is still one clear line.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. ')[0] ?? message);
  }
}

/**
 * `--flag PROVIDER=VALUE` options, one per provider. Refuses a malformed pair, a provider this app
 * does not know, and a provider given twice.
 */
export function providerPairs(values: readonly string[] | undefined, flag: string, example: string) {
  const pairs = new Map<ProviderId, string>();
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    const provider = value.slice(0, Math.max(at, 0));
    if (at <= 0 || at === value.length - 1)
      throw new UsageError(`${flag} takes PROVIDER=VALUE (e.g. ${flag} ${example}), got "${value}"`);
    if (!isProviderId(provider))
      throw new UsageError(`unknown provider "${provider}" in ${flag} ${value}; known: ${KNOWN_PROVIDERS}`);
    if (pairs.has(provider)) throw new UsageError(`${flag} is given twice for ${provider}; give it once`);
    pairs.set(provider, value.slice(at + 1));
  }
  return pairs;
}
