/**
 * Context files for the vault controller: bunq.conf import/export and the Postman environment
 * (src/bunq/context-file.ts, postman-environment.ts). Export decrypts the stored record again, so
 * the private key PEM is never kept in memory between exports (docs/architecture.md, "non-extractable keys"). The file formats
 * load on first use: the Start screen does not need them (first-load budget).
 */
import { bankOf } from '../bunq/bank'
import type { TransportConfig } from '../bunq/context'
import type { PostmanEnvironment } from '../bunq/postman-environment'
import type { ContextMeta } from '../storage/records'
import type { VaultService } from '../storage/vault-service'

export interface FileDeps {
  service: VaultService
  subtle: SubtleCrypto
  now: () => number
  newId: () => string
}

/** Checks the whole file first; only a valid one becomes a stored context. */
export async function importContextFile(
  deps: FileDeps,
  text: string,
  name: string,
  transport: TransportConfig,
): Promise<ContextMeta> {
  const { importBunqConf } = await import('../bunq/context-file')
  const { context } = await importBunqConf(text, deps.now(), deps.subtle)
  // The file belongs to the bank it is imported into (docs/decisions/0023).
  const bank = bankOf(transport, context.environment)
  return deps.service.createContext({ name, context: { ...context, bank } })
}

export async function exportContextFile(deps: FileDeps, id: string): Promise<string> {
  const { exportBunqConf } = await import('../bunq/context-file')
  return exportBunqConf((await deps.service.openContext(id)).context)
}

export async function exportPostmanFile(deps: FileDeps, id: string): Promise<PostmanEnvironment> {
  const { exportPostmanEnvironment } = await import('../bunq/postman-environment')
  const { meta, context } = await deps.service.openContext(id)
  return exportPostmanEnvironment(context, {
    id: deps.newId(),
    name: `bunq – ${meta.name}`,
    exportedAt: deps.now(),
  })
}
