import type { DatabaseSync } from 'node:sqlite';

/** Runs `write` in one immediate transaction: all of it is kept, or none of it. */
export function inTransaction<T>(db: DatabaseSync, write: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = write();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A JSON array of values, bound as one parameter and read back with json_each (an IN list of any size). */
export const jsonList = (values: readonly (string | number)[]) => JSON.stringify(values);
