// Reads every IndexedDB store of a database WITHOUT our code, and serialises it all, so tests can
// search the stored bytes for secrets.
import { openDB } from 'idb'

export async function dumpDatabase(name: string): Promise<string> {
  const db = await openDB(name)
  const parts: string[] = []
  for (const storeName of Array.from(db.objectStoreNames)) {
    const values = await db.getAll(storeName)
    parts.push(storeName, JSON.stringify(values))
  }
  db.close()
  return parts.join('\n')
}
