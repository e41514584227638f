import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildArenaApi } from '../src-shared/bridge.ts';
// Types only from contract.ts: its values carry zod, which the preload must not bundle.
import type { ArenaEvent } from '../src-shared/contract.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, ROUTE_NAMES } from '../src-shared/route-names.ts';

const api = buildArenaApi(
  ROUTE_NAMES,
  (route, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, route, input),
  // Called once, not per subscriber: buildArenaApi shares this one IPC listener among them all.
  (listener) => {
    const handler = (_event: IpcRendererEvent, payload: ArenaEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
);

contextBridge.exposeInMainWorld('arena', api);
