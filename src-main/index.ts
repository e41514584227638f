// Electron entry: wires the plain-Node core to the Electron adapters.
import { startApp } from './electron/start-app.ts';

startApp();
