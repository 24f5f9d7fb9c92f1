import type { BankPlatform } from './bank'
import type { BankStore } from './persist'
import { hashPlainSecrets, SecretHasher } from './secret-hash'
import { migrateState } from './migrate'
import { STATE_VERSION, type BankState } from './state'

/**
 * The saved bank as one tab sees it (docs/decisions/0018): reads and checks the stored record,
 * migrates older ones, and remembers which revision this tab last read or wrote, so a change by
 * another tab is reloaded before this tab changes anything.
 */
export type SavedRead =
  | { kind: 'none' }
  | { kind: 'ok'; state: BankState; migrated: boolean }
  | { kind: 'damaged'; text: string; reason: string }

const LISTS = ['users', 'accounts', 'apiKeys', 'installations', 'devices', 'sessions', 'payments']

/** Why a parsed record cannot be a saved bank, or null when it can. */
function problemOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'it is not a JSON object'
  const state = value as Record<string, unknown>
  const version = state.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return `its version is ${JSON.stringify(version)}, not a format version`
  if (version > STATE_VERSION)
    return `it was written by a newer release (format ${version}; this one reads up to ${STATE_VERSION})`
  if (typeof state.nextId !== 'number') return 'nextId is missing'
  if (typeof state.serverPrivateKeyPem !== 'string') return 'the server key is missing'
  if (typeof state.serverPublicKeyPem !== 'string') return 'the server key is missing'
  const missing = LISTS.find((list) => !Array.isArray(state[list]))
  return missing ? `the list ${missing} is missing` : null
}

export class SavedBank {
  /** The revision this tab last read or wrote. */
  private seen: string | null = null
  private readonly hasher: SecretHasher

  constructor(
    private readonly store: BankStore,
    private readonly newSecretKey: () => string,
    platform: BankPlatform,
  ) {
    this.hasher = new SecretHasher(platform.subtle)
  }

  /** Runs `task` holding the write lock all tabs share (or just runs it: one tab, Node). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.store.exclusive ? this.store.exclusive(task) : task()
  }

  async save(state: BankState): Promise<void> {
    await this.store.save(state)
    this.seen = (await this.store.revision?.()) ?? null
  }

  /** True when another tab saved since this tab last read or wrote. */
  async changedElsewhere(): Promise<boolean> {
    if (!this.store.revision) return false
    return (await this.store.revision()) !== this.seen
  }

  async read(): Promise<SavedRead> {
    const revision = (await this.store.revision?.()) ?? null
    let text: string | null = null
    let value: unknown
    try {
      text = this.store.loadText
        ? await this.store.loadText()
        : JSON.stringify(await this.store.load())
      if (text === null || text === 'null') {
        this.seen = revision
        return { kind: 'none' }
      }
      value = JSON.parse(text)
    } catch (error) {
      const reason = `it is not valid JSON: ${(error as Error).message.replace(/\.$/, '')}`
      return { kind: 'damaged', text: text ?? '', reason }
    }
    const problem = problemOf(value)
    if (problem) return { kind: 'damaged', text, reason: problem }
    // Older formats are brought up step by step (migrate.ts, docs/decisions/0021).
    let upgraded
    try {
      upgraded = migrateState(value)
    } catch (error) {
      return { kind: 'damaged', text, reason: (error as Error).message }
    }
    const state = upgraded.state
    const hashed = await hashPlainSecrets(state, this.hasher, this.newSecretKey)
    this.seen = revision
    return { kind: 'ok', state, migrated: hashed || upgraded.from < STATE_VERSION }
  }
}
