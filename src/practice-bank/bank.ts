import type { Platform } from '../platform/platform'
import { bytesToHex } from '../crypto/bytes'
import { pemToPrivateKey, pemToPublicKey } from '../crypto/pem'
import type { BankOptions } from './options'
import type { AccountData, BankState, SessionData, UserData } from './state'
import { notFound } from './bank-error'
import { SecretHasher } from './secret-hash'

/** The side effects the bank needs: the Platform without the network. */
export type BankPlatform = Omit<Platform, 'fetch'>

/**
 * One in-memory bank: the state plus the live switches and the helpers every handler shares.
 * Handlers mutate `state` directly; the pipeline (pipeline.ts) serialises requests, rolls a failed
 * request back and persists after a successful change, so a handler never has to.
 */
export class Bank {
  state: BankState
  /** Set by a handler (or the session check) when state changed and must be written. */
  dirty = false
  /**
   * Runs a task later, outside the current request (Sugar Daddy's delayed answer, docs/protocol.md §10.2). The
   * pipeline replaces this with a version that waits, takes the lock and persists.
   */
  defer: (delayMs: number, task: () => void) => void = (_delay, task) => task()
  /** Receives the body of each callback bunq would send (§10.6); the pipeline records them. */
  onCallback: (target: string, category: string, body: Record<string, unknown>) => void = () => {}
  private serverSigningKey: CryptoKey | null = null
  private readonly hasher: SecretHasher
  private clientKeys = new Map<number, Promise<CryptoKey>>()

  constructor(
    state: BankState,
    readonly options: BankOptions,
    readonly platform: BankPlatform,
  ) {
    this.state = state
    this.hasher = new SecretHasher(platform.subtle)
  }

  /** The stored form of an API key or token (secret-hash.ts): compare this, never the value. */
  secretHash(value: string): Promise<string> {
    return this.hasher.hash(this.state.secretKey, value)
  }

  /** The practice clock: the platform's time plus any time travel (practice-clock.ts). */
  now(): number {
    return this.platform.now() + (this.state.clockOffsetMs ?? 0)
  }

  nextId(): number {
    this.dirty = true
    return this.state.nextId++
  }

  hex(bytes: number): string {
    return bytesToHex(this.platform.randomBytes(bytes))
  }

  uuid(): string {
    return this.platform.randomUUID()
  }

  async serverKey(): Promise<CryptoKey> {
    this.serverSigningKey ??= await pemToPrivateKey(
      this.state.serverPrivateKeyPem,
      {},
      this.platform.subtle,
    )
    return this.serverSigningKey
  }

  /** The client's public key of an installation, imported once (PEMs are stored, §4.2). */
  clientKey(installationId: number): Promise<CryptoKey> {
    let key = this.clientKeys.get(installationId)
    if (!key) {
      const inst = this.state.installations.find((i) => i.id === installationId)
      if (!inst) return Promise.reject(notFound('Installation'))
      key = pemToPublicKey(inst.clientPublicKeyPem, this.platform.subtle)
      this.clientKeys.set(installationId, key)
    }
    return key
  }

  /** Replaces the whole state (reset, rollback) and forgets derived caches. */
  replaceState(state: BankState): void {
    if (state.serverPrivateKeyPem !== this.state.serverPrivateKeyPem) this.serverSigningKey = null
    this.state = state
    this.clientKeys.clear()
  }

  user(id: number): UserData {
    const user = this.state.users.find((u) => u.id === id)
    if (!user) throw notFound('User')
    return user
  }

  account(id: number): AccountData {
    const account = this.state.accounts.find((a) => a.id === id)
    if (!account) throw notFound('Monetary account')
    return account
  }

  accountsOf(userId: number): AccountData[] {
    return this.state.accounts.filter((a) => a.userId === userId)
  }

  /** The user of the session, and (when given) an account that user owns (§10: path ids). */
  ownedAccount(session: SessionData, userId: number, accountId: number): AccountData {
    this.ownUser(session, userId)
    const account = this.state.accounts.find((a) => a.id === accountId && a.userId === userId)
    if (!account) throw notFound('Monetary account')
    return account
  }

  /** A session may only reach its own user (bunq answers other ids as not found). */
  ownUser(session: SessionData, userId: number): UserData {
    if (session.userId !== userId) throw notFound('User')
    return this.user(userId)
  }
}
