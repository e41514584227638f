import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `write` in one immediate transaction: all of it is kept, or none of it. Inside a transaction
 * already (a bulk import, a test seeding thousands of runs), it is a savepoint of that one.
 */
export function inTransaction<T>(db: DatabaseSync, write: () => T): T {
  if (db.isTransaction) return inSavepoint(db, write);
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

function inSavepoint<T>(db: DatabaseSync, write: () => T): T {
  db.exec('SAVEPOINT nested_write');
  try {
    const result = write();
    db.exec('RELEASE nested_write');
    return result;
  } catch (error) {
    db.exec('ROLLBACK TO nested_write');
    db.exec('RELEASE nested_write');
    throw error;
  }
}

/** A JSON array of values, bound as one parameter and read back with json_each (an IN list of any size). */
export const jsonList = (values: readonly (string | number)[]) => JSON.stringify(values);
