import { ArenaErrorException } from '../ipc/arena-error-exception.ts';

/** Where a page of the list ended: the last conversation's update time and sequence number. */
export interface ListPosition {
  updatedAt: string;
  seq: number;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque to the window: it hands back what the previous page gave. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(`${position.updatedAt} ${position.seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): ListPosition {
  const [updatedAt = '', seqText = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split(' ');
  const seq = Number(seqText);
  if (!ISO_TIME.test(updatedAt) || !Number.isSafeInteger(seq) || seq < 0) {
    throw new ArenaErrorException({
      kind: 'invalid_input',
      field: 'cursor',
      message: 'This history page cursor is not one the list gave: start again from the first page.',
    });
  }
  return { updatedAt, seq };
}
