// Electron entry: wires the plain-Node core to the Electron adapters.
import module from 'node:module';

// Node's on-disk compile cache (os.tmpdir()/node-compile-cache unless NODE_COMPILE_CACHE says
// otherwise) spares later starts compiling the app again. Turned on before the app's modules load,
// so that they are what it caches; a cache that cannot be used is no reason not to start.
try {
  module.enableCompileCache();
} catch {}

// Awaited at the top level: Electron emits `ready` only once the entry has finished, so the app
// still registers its scheme and handlers before it (see Electron's "ES Modules" caveats).
const { startApp } = await import('./electron/start-app.ts');
startApp();
