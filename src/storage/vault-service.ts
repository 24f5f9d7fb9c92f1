/**
 * The vault's operations over a VaultStore: create, unlock, lock, and the context records
 * (create, open, save, rename, delete), change passphrase, wipe. Plain TypeScript with injected
 * deps, so it runs in Node tests; src/state/vault.svelte.ts wraps it for the UI.
 *
 * Every write runs under the tab write lock and RE-READS what it changes inside the lock, so two
 * tabs editing at once lose nothing (tab-sync.ts). The only thing held in memory is the
 * non-extractable data key, dropped by lock().
 */
import { bankOf, type BankBinding } from '../bunq/bank'
import {
  emptyContext,
  type ApiContext,
  type Environment,
  type TransportConfig,
} from '../bunq/context'
import type { VaultCrypto } from '../crypto/vault'
import { BunqError } from '../errors'
import { assertBankAgrees } from './context-bank'
import { resealOlderRecords } from './reseal-records'
import { deriveMeta, metaOf, openContext, sealContext } from './context-records'
import type { ContextMeta, Protection, VaultMeta } from './records'
import type { VaultStore } from './store'
import type { TabSync } from './tab-sync'
import {
  cleanName,
  contextNotFound,
  needsConfirmation,
  noVault,
  productionNeedsPassphrase,
  vaultExists,
  vaultLocked,
} from './vault-errors'
import {
  createVaultMeta,
  metaWithSum,
  protect,
  REAL_KDF,
  unlockMeta,
  type KdfPolicy,
  type ProtectionChoice,
} from './vault-protection'

export interface VaultServiceDeps {
  store: VaultStore
  crypto: VaultCrypto
  now: () => number
  newId: () => string
  sync: TabSync
  kdf?: KdfPolicy
}

export type VaultStatus = 'no-vault' | 'locked' | 'unlocked'

export class VaultService {
  #key: { dataKey: CryptoKey; vaultId: string; protection: Protection } | null = null
  readonly #kdf: KdfPolicy

  constructor(private readonly deps: VaultServiceDeps) {
    this.#kdf = deps.kdf ?? REAL_KDF
  }

  get isUnlocked(): boolean {
    return this.#key !== null
  }

  get protection(): Protection | null {
    return this.#key?.protection ?? null
  }

  async status(): Promise<VaultStatus> {
    if (this.#key) return 'unlocked'
    return (await this.deps.store.getMeta()) ? 'locked' : 'no-vault'
  }

  /**
   * Which protection the stored vault uses (readable while locked), or null when there is no
   * vault. The same fact as status() and createVault(): any stored vault record counts, and one
   * whose protection is unreadable is shown as a passphrase vault, whose unlock then says
   * 'vault-damaged' (it never looks like "no vault" while create refuses).
   */
  async storedProtection(): Promise<Protection | null> {
    const meta = await this.deps.store.getMeta()
    if (!meta) return null
    return meta.protection === 'browser' ? 'browser' : 'passphrase'
  }

  async createVault(choice: ProtectionChoice): Promise<void> {
    await this.deps.sync.withWriteLock(async () => {
      if (await this.deps.store.getMeta()) throw vaultExists()
      const { meta, dataKey } = await createVaultMeta(
        this.deps.crypto,
        choice,
        this.deps.newId(),
        this.deps.now(),
        this.#kdf,
      )
      await this.deps.store.putMeta(meta)
      this.#key = { dataKey, vaultId: meta.vaultId, protection: meta.protection }
    })
    this.deps.sync.publish({ type: 'vault-created' })
  }

  /** Wrong passphrase -> 'wrong-passphrase' and nothing stored is touched. */
  async unlock(passphrase?: string): Promise<void> {
    const meta = await this.deps.store.getMeta()
    if (!meta) throw noVault()
    const dataKey = await unlockMeta(this.deps.crypto, meta, passphrase, this.#kdf)
    this.#key = { dataKey, vaultId: meta.vaultId, protection: meta.protection }
    await this.#addSum(meta)
    await this.migrateContexts()
  }

  /** An older passphrase record gets its checksum once it opened (crypto/vault.ts, `sum`). */
  async #addSum(opened: VaultMeta): Promise<void> {
    if (opened.wrappedKey.kdf !== 'PBKDF2-SHA256' || opened.wrappedKey.sum !== undefined) return
    await this.deps.sync.withWriteLock(async () => {
      const current = await this.deps.store.getMeta()
      if (!current || current.wrappedKey.ct !== opened.wrappedKey.ct) return // changed meanwhile
      const updated = await metaWithSum(this.deps.crypto, current)
      if (updated) await this.deps.store.putMeta(updated)
    })
  }

  /**
   * Re-seals every context record of an older format in the current one (context-migrations.ts),
   * keeping its metadata as it was. A record that does not open is left alone: opening it reports
   * it as damaged, as before, and the others still migrate.
   */
  async migrateContexts(): Promise<number> {
    const key = this.#requireKey()
    const migrated = await this.deps.sync.withWriteLock(() =>
      resealOlderRecords(this.deps.store, this.deps.crypto, key.dataKey, key.vaultId),
    )
    if (migrated.length > 0) this.deps.sync.publish({ type: 'contexts-changed', ids: migrated })
    return migrated.length
  }

  /** Drops the data key. Callers drop their decrypted contexts and signing keys too. */
  lock(): void {
    this.#key = null
  }

  #requireKey() {
    if (!this.#key) throw vaultLocked()
    return this.#key
  }

  async listContexts(): Promise<ContextMeta[]> {
    return (await this.deps.store.listContexts()).map(metaOf)
  }

  /**
   * A new context of one bank: `context.bank` when a context is given (an import), else `bank`,
   * else the bank the transport and environment name (bank.ts `bankOf`).
   */
  async createContext(input: {
    name: string
    bank?: BankBinding
    transport?: TransportConfig
    environment?: Environment
    context?: ApiContext
  }): Promise<ContextMeta> {
    const key = this.#requireKey()
    const context =
      input.context ??
      emptyContext(
        input.bank ??
          bankOf(input.transport ?? { kind: 'practice' }, input.environment ?? 'SANDBOX'),
      )
    assertBankAgrees(context)
    if (context.environment === 'PRODUCTION' && key.protection !== 'passphrase')
      throw productionNeedsPassphrase()
    const now = this.deps.now()
    const base = { id: this.deps.newId(), name: cleanName(input.name), createdAt: now }
    const meta = deriveMeta(base, context, now)
    const record = await sealContext(this.deps.crypto, key.dataKey, key.vaultId, meta, context)
    await this.deps.sync.withWriteLock(() => this.deps.store.putContext(record))
    this.deps.sync.publish({ type: 'contexts-changed', ids: [meta.id] })
    return meta
  }

  /** Decrypts one context. A tampered record -> 'vault-damaged'; others still open. */
  async openContext(id: string): Promise<{ meta: ContextMeta; context: ApiContext }> {
    const key = this.#requireKey()
    const record = await this.deps.store.getContext(id)
    if (!record) throw contextNotFound()
    const context = await openContext(this.deps.crypto, key.dataKey, key.vaultId, record)
    return { meta: metaOf(record), context }
  }

  /**
   * Read-modify-write of one record under the write lock: `change` receives the CURRENT stored
   * context and metadata (possibly just written by another tab) and returns the new ones.
   */
  async updateContext(
    id: string,
    change: (current: { meta: ContextMeta; context: ApiContext }) => {
      name?: string
      context?: ApiContext
    },
  ): Promise<{ meta: ContextMeta; context: ApiContext }> {
    const key = this.#requireKey()
    const result = await this.deps.sync.withWriteLock(async () => {
      const current = await this.openContext(id)
      const next = change(current)
      const context = next.context ?? current.context
      // A context never moves to another bank: its tokens belong to the one that issued them.
      if (JSON.stringify(context.bank) !== JSON.stringify(current.context.bank))
        throw new BunqError(
          'wrong-bank',
          'A context cannot move to another bank.',
          'Create a context for the other bank in Settings instead.',
        )
      if (context.environment === 'PRODUCTION' && key.protection !== 'passphrase')
        throw productionNeedsPassphrase()
      const base = {
        id,
        name: next.name === undefined ? current.meta.name : cleanName(next.name),
        createdAt: current.meta.createdAt,
      }
      const meta = deriveMeta(base, context, Math.max(this.deps.now(), current.meta.updatedAt))
      await this.deps.store.putContext(
        await sealContext(this.deps.crypto, key.dataKey, key.vaultId, meta, context),
      )
      return { meta, context }
    })
    this.deps.sync.publish({ type: 'contexts-changed', ids: [id] })
    return result
  }

  saveContext(id: string, context: ApiContext) {
    return this.updateContext(id, () => ({ context }))
  }

  renameContext(id: string, name: string) {
    return this.updateContext(id, () => ({ name }))
  }

  /** Deleting needs an explicit confirmation flag (the UI asks the user first). */
  async deleteContext(id: string, confirm: { confirmed: true }): Promise<void> {
    if (confirm?.confirmed !== true) throw needsConfirmation('Deleting a context')
    await this.deps.sync.withWriteLock(() => this.deps.store.deleteContext(id))
    this.deps.sync.publish({ type: 'contexts-changed', ids: [id] })
  }

  /**
   * New protection for the same data key: one write of the vault record, so a crash midway leaves
   * the old record (and the old passphrase) working. Passphrase vaults must give the current one.
   */
  async changeProtection(
    currentPassphrase: string | undefined,
    next: ProtectionChoice,
  ): Promise<void> {
    await this.deps.sync.withWriteLock(async () => {
      const meta = await this.deps.store.getMeta()
      if (!meta) throw noVault()
      const extractable = await unlockMeta(
        this.deps.crypto,
        meta,
        currentPassphrase,
        this.#kdf,
        true,
      )
      if (next.protection === 'browser' && (await this.#hasProduction()))
        throw productionNeedsPassphrase()
      const { fields, dataKey } = await protect(
        this.deps.crypto,
        extractable,
        meta.vaultId,
        next,
        this.#kdf,
      )
      const { browserKey: _dropped, ...rest } = meta
      const updated: VaultMeta = { ...rest, ...fields, updatedAt: this.deps.now() }
      await this.deps.store.putMeta(updated)
      this.#key = { dataKey, vaultId: meta.vaultId, protection: updated.protection }
    })
    this.deps.sync.publish({ type: 'protection-changed' })
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.changeProtection(current, { protection: 'passphrase', passphrase: next })
  }

  async #hasProduction(): Promise<boolean> {
    return (await this.deps.store.listContexts()).some((c) => c.environment === 'PRODUCTION')
  }

  /** Removes every stored item and forgets the key. Needs an explicit confirmation flag. */
  async wipe(confirm: { confirmed: true }): Promise<void> {
    if (confirm?.confirmed !== true) throw needsConfirmation('Wiping the vault')
    await this.deps.sync.withWriteLock(() => this.deps.store.wipe())
    this.#key = null
    this.deps.sync.publish({ type: 'vault-wiped' })
  }
}
