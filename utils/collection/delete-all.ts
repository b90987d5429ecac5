/** Empty the collection: every table of the database in one transaction, so it is all gone or all still there. */
import type { ClipsDb } from './db';

export async function deleteAll(db: ClipsDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
