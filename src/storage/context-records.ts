/**
 * Turning an ApiContext into a stored record and back. The clear metadata (what the list shows)
 * is bound into the AAD together with the vault id, so editing a name, moving a record to another
 * id or swapping two records' ciphertexts is refused as 'vault-damaged' (src/crypto/vault-seal.ts).
 */
import { bankOf, isBankBinding, sameBinding, transportOf } from '../bunq/bank'
import { onboardingStage, type ApiContext } from '../bunq/context'
import { VaultDamagedError, type VaultCrypto } from '../crypto/vault'
import { aadFor, openJson, sealJson } from '../crypto/vault-seal'
import { CONTEXT_FORMAT, migrateSealedContext } from './context-migrations'
import type { ContextMeta, ContextRecord } from './records'

/** The clear part of a record, exactly the fields the AAD binds. */
export function metaOf(record: ContextRecord | ContextMeta): ContextMeta {
  const { id, name, environment, transport, stage, createdAt, updatedAt, userDisplayName } = record
  return { id, name, environment, transport, stage, createdAt, updatedAt, userDisplayName }
}

function recordAad(vaultId: string, meta: ContextMeta): Uint8Array<ArrayBuffer> {
  return aadFor('context', { vaultId, meta: metaOf(meta) })
}

/** A short label for the list, from the user object the session returned (never a secret). */
export function userDisplayNameOf(context: ApiContext): string | undefined {
  const user = context.session?.user
  const name = user?.display_name ?? user?.public_nick_name ?? user?.name
  return typeof name === 'string' && name !== '' ? name.slice(0, 80) : undefined
}

/**
 * Metadata derived from the context (environment, bank, stage, user) plus the caller's fields.
 * The clear `transport` is the context's bank's (docs/decisions/0023): with the environment it
 * names the bank (bankOf), so the list knows each context's bank while the vault is locked.
 */
export function deriveMeta(
  base: Pick<ContextMeta, 'id' | 'name' | 'createdAt'>,
  context: ApiContext,
  now: number,
): ContextMeta {
  return {
    id: base.id,
    name: base.name,
    environment: context.environment,
    transport: transportOf(context.bank),
    stage: onboardingStage(context, now),
    createdAt: base.createdAt,
    updatedAt: now,
    userDisplayName: userDisplayNameOf(context),
  }
}

export async function sealContext(
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  vaultId: string,
  meta: ContextMeta,
  context: ApiContext,
): Promise<ContextRecord> {
  const secret = await sealJson(crypto, dataKey, context, recordAad(vaultId, meta))
  return { ...metaOf(meta), secret, format: CONTEXT_FORMAT }
}

export async function openContext(
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  vaultId: string,
  record: ContextRecord,
): Promise<ApiContext> {
  const what = 'This context'
  const value = await openJson(crypto, dataKey, record.secret, recordAad(vaultId, record), what)
  // The clear environment must agree with the sealed one (it is also bound by the AAD).
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new VaultDamagedError(what)
  if ((value as Partial<ApiContext>).environment !== record.environment)
    throw new VaultDamagedError(what)
  const context = migrateSealedContext(
    value as Record<string, unknown>,
    record.format ?? 1,
    record,
  ) as unknown as ApiContext
  // And so must the bank: the sealed one is the one the clear transport and environment name.
  if (
    !isBankBinding(context.bank) ||
    !sameBinding(context.bank, bankOf(record.transport, record.environment))
  )
    throw new VaultDamagedError(what)
  return context
}
