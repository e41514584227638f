// Preloaded (`node --import`) into Stryker's main process and its type-checker child processes.
// The project compiles with TypeScript 7, the native compiler, which has no JS compiler API;
// Stryker's tsconfig rewriting and @stryker-mutator/typescript-checker need one, so their
// `import 'typescript'` is resolved to TypeScript 5.9 (installed as the `typescript5` alias).
// Every other importer, including the project's own `tsc` and the tests, still gets TypeScript 7.
import { registerHooks } from 'node:module';

const STRYKER_PACKAGES = '/node_modules/@stryker-mutator/';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' && context.parentURL?.includes(STRYKER_PACKAGES)) {
      return nextResolve('typescript5', context);
    }
    return nextResolve(specifier, context);
  },
});
