import type { ApiContext } from '../bunq/context'
import type { VaultCrypto } from '../crypto/vault'
import { CONTEXT_FORMAT } from './context-migrations'
import { metaOf, openContext, sealContext } from './context-records'
import type { VaultStore } from './store'

/**
 * Re-seals every context record of an older format in the current one (context-migrations.ts),
 * keeping its metadata as it was; returns the ids it re-sealed. A record that does not open is
 * left alone: opening it reports it as damaged, as before, and the others still migrate. The
 * caller holds the tab write lock (tab-sync.ts).
 */
export async function resealOlderRecords(
  store: VaultStore,
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  vaultId: string,
): Promise<string[]> {
  const migrated: string[] = []
  for (const record of await store.listContexts()) {
    if ((record.format ?? 1) >= CONTEXT_FORMAT) continue
    let context: ApiContext
    try {
      context = await openContext(crypto, dataKey, vaultId, record)
    } catch {
      continue
    }
    const meta = metaOf(record)
    await store.putContext(await sealContext(crypto, dataKey, vaultId, meta, context))
    migrated.push(meta.id)
  }
  return migrated
}
