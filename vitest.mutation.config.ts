import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Stryker's runs keep test files isolated, unlike `npm run test:unit`: a mutant in a module-level
// table (a static mutant) takes effect only when the module loads, so every test file must load
// the mutated module afresh rather than share one loaded before the mutant was switched on.
export default mergeConfig(base, defineConfig({ test: { isolate: true } }));
