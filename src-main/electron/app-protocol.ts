import { protocol } from 'electron';
import { createAppRequestHandler } from '../core/app-protocol/app-request-handler.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../core/app-protocol/app-scheme.ts';

/** Declares app:// as a standard, secure scheme. Electron allows this once, before 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves app://arena/… from the renderer build folder, and nothing outside it. Call after 'ready'. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
