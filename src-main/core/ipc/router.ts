import type { z } from 'zod';
import {
  routes as contractRoutes,
  type ParsedRouteInput,
  type RouteName,
  type RouteOutput,
  type Routes,
} from '../../../src-shared/contract.ts';
import type { ArenaError, Result } from '../../../src-shared/domain.ts';
import { ArenaErrorException } from './arena-error-exception.ts';
import { redactDeep, type Scrubber } from './redact-deep.ts';
import type { SenderInfo, SenderPolicy } from './sender-policy.ts';

export type RouteHandlers = {
  [N in RouteName]: (input: ParsedRouteInput<N>) => Promise<RouteOutput<N>> | RouteOutput<N>;
};

export interface RouterOptions {
  isTrustedSender: SenderPolicy;
  /** Applied to every string of every reply, ok or not (redaction of the user's keys; see redactDeep). */
  scrubber?: Scrubber;
  /** Called with unexpected exceptions; the caller only gets a generic `internal` error. */
  onInternalError?: (route: string, error: unknown) => void;
  routes?: Routes;
}

export interface Router {
  dispatch(route: unknown, input: unknown, sender: SenderInfo): Promise<Result<unknown>>;
}

function fail(error: ArenaError): Result<never> {
  return { ok: false, error };
}

const ROUTE_NAME_SHOWN = 64;

/** An unknown route as an error may quote it: cut short, and every invisible or control character shown as "?". */
function quoteRouteName(route: unknown): string {
  if (typeof route !== 'string') return `(a ${typeof route}, not a name)`;
  const shown = route.slice(0, ROUTE_NAME_SHOWN).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, '?');
  return `"${shown}${route.length > ROUTE_NAME_SHOWN ? '…' : ''}"`;
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  return {
    field,
    message: field ? `Invalid input at "${field}": ${issue.message}` : `Invalid input: ${issue.message}`,
  };
}

/** One generic dispatcher for every route: sender check, schema parse, handler, errors as data. */
export function createRouter(handlers: RouteHandlers, options: RouterOptions): Router {
  const table = options.routes ?? contractRoutes;
  const { scrubber } = options;
  const dispatch: Router['dispatch'] = async (route, input, sender) => {
    const result = await dispatchUnredacted(route, input, sender);
    return scrubber ? redactDeep(result, scrubber) : result;
  };
  return { dispatch };

  async function dispatchUnredacted(
    route: unknown,
    input: unknown,
    sender: SenderInfo,
  ): Promise<Result<unknown>> {
    if (!options.isTrustedSender(sender)) {
      return fail({ kind: 'forbidden', message: 'This call did not come from the BYOK Arena window.' });
    }
    if (typeof route !== 'string' || !Object.hasOwn(table, route)) {
      return fail({
        kind: 'invalid_input',
        field: 'route',
        message: `Unknown route ${quoteRouteName(route)}.`,
      });
    }
    const name = route as RouteName;
    const parsed = table[name].input.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      // Stryker disable next-line StringLiteral: unreachable, zod fails a parse only with at least one issue
      const { field, message } = first ? describeIssue(first) : { field: '', message: 'Invalid input.' };
      return fail({ kind: 'invalid_input', field, message });
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ArenaErrorException) return fail(error.error);
      options.onInternalError?.(name, error);
      return fail({
        kind: 'internal',
        message: `BYOK Arena failed to handle "${name}". Details are in the log.`,
      });
    }
  }
}
