// Process warnings (MaxListenersExceededWarning, DeprecationWarning, ExperimentalWarning, …) fail
// the unit and UI test runs: each one is a leak or an API on its way out. The few that come from a
// dependency we cannot change are listed here by code, each with its reason, and only those pass.

/** Warning code → why it is tolerated. A warning without a code is never tolerated. */
export const TOLERATED_WARNINGS: ReadonlyMap<string, string> = new Map<string, string>([]);

export function isToleratedWarning(warning: Error): boolean {
  const code = (warning as Error & { code?: unknown }).code;
  return typeof code === 'string' && TOLERATED_WARNINGS.has(code);
}

/** One paragraph per warning: its name, code and message, and where it was emitted. */
export function describeWarnings(warnings: readonly Error[]): string {
  const lines = warnings.map((warning) => {
    const code = (warning as Error & { code?: unknown }).code;
    const head = `${warning.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${warning.message}`;
    return warning.stack?.includes(warning.message) ? warning.stack : `${head}\n${warning.stack ?? ''}`;
  });
  return `${warnings.length} process warning(s) were emitted; fix their cause (or, for a dependency's, list its code in e2e/support/process-warnings.ts with the reason):\n\n${lines.join('\n\n')}`;
}

export interface WarningCollector {
  /** The untolerated warnings emitted since the last call. */
  take(): Error[];
  /** Stops listening. */
  stop(): void;
}

/** Listens to the process's 'warning' event; Node still prints each warning as usual. */
export function collectProcessWarnings(): WarningCollector {
  let pending: Error[] = [];
  const onWarning = (warning: Error) => {
    if (!isToleratedWarning(warning)) pending.push(warning);
  };
  process.on('warning', onWarning);
  return {
    take: () => {
      const taken = pending;
      pending = [];
      return taken;
    },
    stop: () => {
      process.off('warning', onWarning);
    },
  };
}
