import { baseUrlProblem } from '../../src-shared/base-url-policy.ts';
import type { CompareRequest } from '../../src-shared/compare.ts';
import { MAX_COLUMNS } from '../../src-shared/compare.ts';
import { compareRequestSchema } from '../../src-shared/contract.ts';
import type { ProviderId, Region } from '../../src-shared/domain.ts';
import { DEFAULT_EVENT_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from '../core/client/column-limits.ts';
import type { StreamColumnDeps } from '../core/client/stream-column.ts';
import { isProviderId, PROVIDERS } from '../core/providers/registry.ts';
import { KNOWN_PROVIDERS, parseCommandArgs, providerPairs, UsageError } from './cli-args.ts';

export const SEND_KEY_ANYWHERE_FLAG = '--send-key-to-any-host';

/** Sane bounds for the stream time limits: a deep-research answer can take most of an hour. */
const MAX_REQUEST_TIMEOUT_S = 24 * 60 * 60;
const MAX_EVENT_TIMEOUT_S = 60 * 60;

export const COMPARE_USAGE = `compare --prompt TEXT --model PROVIDER/MODEL [--model …] [--system TEXT]
       [--temperature N] [--max-tokens N] [--reasoning on|off] [--base-url PROVIDER=URL]
       [--region PROVIDER=global|china] [${SEND_KEY_ANYWHERE_FLAG}]
       [--request-timeout SECONDS] [--event-timeout SECONDS] [--brief] [--json]
  Sends one prompt to every model at once; prints a table of cost, time, TTFT, speed and tokens,
  then each answer in full (--brief: its first lines), or --json.
  PROVIDER is one of ${KNOWN_PROVIDERS}.
  --reasoning switches thinking on or off where the model can (MiniMax-M3, DeepSeek V4, Gemini, OpenRouter, gpt-5,
  Claude); unset leaves each model's default.
  --base-url sends a provider's key only to that provider's own hosts or to this machine; any other
  server is refused before anything is sent, unless you add ${SEND_KEY_ANYWHERE_FLAG} (or use custom/MODEL).
  --request-timeout: the most one model's answer may take, retries included (default ${DEFAULT_REQUEST_TIMEOUT_MS / 1000},
    up to ${MAX_REQUEST_TIMEOUT_S}). --event-timeout: the longest it may go without new output (default ${DEFAULT_EVENT_TIMEOUT_MS / 1000},
    up to ${MAX_EVENT_TIMEOUT_S}; keep-alive messages do not count). Either stops that model with a timeout
    error and keeps its partial answer.`;

const OPTIONS = {
  prompt: { type: 'string' },
  system: { type: 'string' },
  model: { type: 'string', multiple: true },
  'base-url': { type: 'string', multiple: true },
  region: { type: 'string', multiple: true },
  temperature: { type: 'string' },
  'max-tokens': { type: 'string' },
  reasoning: { type: 'string' },
  'request-timeout': { type: 'string' },
  'event-timeout': { type: 'string' },
  [SEND_KEY_ANYWHERE_FLAG.slice(2)]: { type: 'boolean', default: false },
  brief: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

export interface CompareInvocation {
  request: CompareRequest;
  json: boolean;
  brief: boolean;
  /** The stream time limits given on the command line; the client's defaults otherwise. */
  limits: Pick<StreamColumnDeps, 'requestTimeoutMs' | 'eventTimeoutMs'>;
  /** Said on stderr before the run: keys sent to hosts the policy would have refused. */
  notices: string[];
}

// The app's own limits (compare.start's schema), so the CLI refuses exactly what the app refuses.
const PARAMS = compareRequestSchema.shape.params.shape;
const TEMPERATURE = PARAMS.temperature.unwrap();
const MAX_TOKENS = PARAMS.maxOutputTokens.unwrap();

function numberParam(
  text: string | undefined,
  flag: string,
  schema: typeof TEMPERATURE,
  accepted: string,
): number | undefined {
  if (text === undefined) return undefined;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!schema.safeParse(value).success) throw new UsageError(`${flag} takes ${accepted}, got "${text}"`);
  return value;
}

/** A whole number of seconds from 1 to `maxSeconds`, in milliseconds; undefined when not given. */
function timeoutMs(text: string | undefined, flag: string, maxSeconds: number): number | undefined {
  if (text === undefined) return undefined;
  const seconds = /^[0-9]{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds >= 1 && seconds <= maxSeconds))
    throw new UsageError(`${flag} takes a whole number of seconds from 1 to ${maxSeconds}, got "${text}"`);
  return seconds * 1000;
}

function column(spec: string, index: number) {
  const slash = spec.indexOf('/');
  const provider = spec.slice(0, Math.max(slash, 0));
  const model = spec.slice(slash + 1).trim();
  if (slash <= 0 || !model)
    throw new UsageError(`--model takes PROVIDER/MODEL (e.g. openai/gpt-4o), got "${spec}"`);
  if (!isProviderId(provider))
    throw new UsageError(`unknown provider "${provider}" in --model ${spec}; known: ${KNOWN_PROVIDERS}`);
  return { columnId: `${index + 1}`, provider, model };
}

/**
 * The app's base-URL policy (a keyed provider's key goes only to its own hosts or to this machine),
 * checked before anything is sent. The opt-out applies the custom provider's rule instead: any
 * well-formed http(s) URL without credentials in it.
 */
function checkedBaseUrl(provider: ProviderId, url: string, sendAnywhere: boolean, notices: string[]) {
  const flag = `--base-url ${provider}=${url}`;
  const refusal = baseUrlProblem(provider, url);
  if (!refusal) return url;
  const anyHostRefusal = baseUrlProblem('custom', url);
  if (anyHostRefusal) throw new UsageError(`${flag}: ${anyHostRefusal}`);
  if (!sendAnywhere)
    throw new UsageError(`${flag}: ${refusal} To send the key there anyway, add ${SEND_KEY_ANYWHERE_FLAG}.`);
  notices.push(
    `Sending the ${PROVIDERS[provider].displayName} key to ${new URL(url).host}, as ${SEND_KEY_ANYWHERE_FLAG} allows.`,
  );
  return url;
}

function checkedRegion(provider: ProviderId, region: string): Region {
  const flag = `--region ${provider}=${region}`;
  if (region !== 'global' && region !== 'china') throw new UsageError(`${flag}: a region is global or china`);
  const regions = Object.keys(PROVIDERS[provider].baseUrls);
  if (!regions.includes(region))
    throw new UsageError(`${flag}: ${provider} has only the ${regions.join(' and ')} region`);
  return region;
}

/** Every flag checked, so a mistake is exit 2 before any request goes out. */
export function parseCompareArgs(args: string[]): CompareInvocation {
  const { values } = parseCommandArgs(args, OPTIONS);
  const sendAnywhere = values[SEND_KEY_ANYWHERE_FLAG.slice(2)] === true;
  const columns = (values.model ?? []).map(column);
  const used = new Set(columns.map((spec) => spec.provider));
  const unused = (flag: string, provider: ProviderId, value: string) =>
    new UsageError(`${flag} ${provider}=${value}: no --model uses ${provider}`);

  const notices: string[] = [];
  const baseUrls = new Map<ProviderId, string>();
  for (const [provider, url] of providerPairs(
    values['base-url'],
    '--base-url',
    'openai=http://127.0.0.1:8080/v1',
  )) {
    if (!used.has(provider)) throw unused('--base-url', provider, url);
    baseUrls.set(provider, checkedBaseUrl(provider, url, sendAnywhere, notices));
  }
  const regions = new Map<ProviderId, Region>();
  for (const [provider, region] of providerPairs(values.region, '--region', 'minimax=china')) {
    const checked = checkedRegion(provider, region);
    if (!used.has(provider)) throw unused('--region', provider, region);
    regions.set(provider, checked);
  }

  if (values.reasoning !== undefined && values.reasoning !== 'on' && values.reasoning !== 'off')
    throw new UsageError(`--reasoning takes on or off, got "${values.reasoning}"`);
  const temperature = numberParam(
    values.temperature,
    '--temperature',
    TEMPERATURE,
    `a number from ${TEMPERATURE.minValue} to ${TEMPERATURE.maxValue}`,
  );
  const maxOutputTokens = numberParam(
    values['max-tokens'],
    '--max-tokens',
    MAX_TOKENS,
    `a whole number from 1 to ${MAX_TOKENS.maxValue}`,
  );
  const requestTimeoutMs = timeoutMs(values['request-timeout'], '--request-timeout', MAX_REQUEST_TIMEOUT_S);
  const eventTimeoutMs = timeoutMs(values['event-timeout'], '--event-timeout', MAX_EVENT_TIMEOUT_S);
  if (!values.prompt) throw new UsageError('--prompt is required');
  if (columns.length === 0) throw new UsageError('give at least one --model PROVIDER/MODEL');
  if (columns.length > MAX_COLUMNS)
    throw new UsageError(`at most ${MAX_COLUMNS} --model options run at once, got ${columns.length}`);

  const request: CompareRequest = {
    prompt: values.prompt,
    ...(values.system ? { system: values.system } : {}),
    params: {
      ...(temperature === undefined ? {} : { temperature }),
      ...(maxOutputTokens === undefined ? {} : { maxOutputTokens }),
      ...(values.reasoning ? { reasoning: values.reasoning === 'on' } : {}),
    },
    columns: columns.map((spec) => {
      const baseUrl = baseUrls.get(spec.provider);
      const region = regions.get(spec.provider);
      return { ...spec, ...(baseUrl ? { baseUrl } : {}), ...(region ? { region } : {}) };
    }),
  };
  // The app's own schema as the last word (lengths, URL form), named by the flag it came from.
  const parsed = compareRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${flagFor(issue?.path ?? [])}: ${issue?.message ?? 'not accepted'}`);
  }
  const limits = {
    ...(requestTimeoutMs === undefined ? {} : { requestTimeoutMs }),
    ...(eventTimeoutMs === undefined ? {} : { eventTimeoutMs }),
  };
  return { request, json: values.json === true, brief: values.brief === true, limits, notices };
}

function flagFor(path: readonly PropertyKey[]): string {
  const [first, second, third] = path;
  if (first === 'columns' && typeof second === 'number') {
    const option = third === 'baseUrl' ? '--base-url' : third === 'region' ? '--region' : '--model';
    return `${option} (model ${second + 1})`;
  }
  if (first === 'params' && second === 'maxOutputTokens') return '--max-tokens';
  return `--${String(second ?? first ?? 'arguments')}`;
}
