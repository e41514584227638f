import type { ArenaApi } from '../src-shared/contract.ts';

declare global {
  interface Window {
    readonly arena: ArenaApi;
  }
}
