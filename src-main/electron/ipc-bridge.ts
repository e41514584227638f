import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { type ArenaEvent, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../src-shared/contract.ts';
import type { Router } from '../core/ipc/router.ts';
import type { SenderInfo } from '../core/ipc/sender-policy.ts';

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: frame != null && frame === event.sender.mainFrame };
}

/** Connects the one invoke channel to the core router. */
export function registerIpc(router: Router): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, route: unknown, input: unknown) =>
    router.dispatch(route, input, senderOf(event)),
  );
}

export function createEventSender(getTarget: () => WebContents | null): (event: ArenaEvent) => void {
  return (event) => {
    const target = getTarget();
    if (target && !target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, event);
  };
}
