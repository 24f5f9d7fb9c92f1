// The vault's operations over the real IndexedDB store (fake-indexeddb), with fast PBKDF2.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { DB_NAME } from '../../src/storage/schema'
import type { VaultService } from '../../src/storage/vault-service'
import { fullContext, makeService, secretsOf } from './helpers'
import { dumpDatabase } from './raw-dump'

const PASS = 'correct horse battery staple'
const practice = { kind: 'practice' } as const
let store: IdbVaultStore
let vault: VaultService

beforeEach(async () => {
  store = await IdbVaultStore.open(DB_NAME)
  vault = makeService(store)
})
afterEach(() => store.close())

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return (error as { code: string }).code
  }
  return 'no error'
}

describe('vault service', () => {
  it('starts with no vault, creates one unlocked, locks and unlocks', async () => {
    expect(await vault.status()).toBe('no-vault')
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    expect(await vault.status()).toBe('unlocked')
    vault.lock()
    expect(await vault.status()).toBe('locked')
    expect(await codeOf(vault.createContext({ name: 'x', transport: practice }))).toBe(
      'vault-locked',
    )
    await vault.unlock(PASS)
    expect(vault.isUnlocked).toBe(true)
  })

  it('stores no secret in clear: the raw records hold no key, token or PEM body', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const context = await fullContext()
    const meta = await vault.createContext({ name: 'Person', transport: practice, context })
    await vault.saveContext(meta.id, context)
    const raw = await dumpDatabase(DB_NAME)
    expect(raw).toContain('Person') // the dump really holds the records
    for (const secret of secretsOf(context)) expect(raw).not.toContain(secret)
    expect(raw).not.toContain(PASS)
  })

  it('refuses a wrong passphrase with wrong-passphrase and changes nothing', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice, context: await fullContext() })
    vault.lock()
    const before = await dumpDatabase(DB_NAME)
    const error = await vault.unlock('not the passphrase').catch((e: unknown) => e)
    expect((error as { code: string }).code).toBe('wrong-passphrase')
    expect((error as Error).message).toBe('The passphrase is wrong.')
    expect(await dumpDatabase(DB_NAME)).toBe(before)
    expect(vault.isUnlocked).toBe(false)
  })

  it('reopens a context identical to what was saved', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const context = await fullContext()
    const meta = await vault.createContext({ name: 'A', transport: practice, context })
    expect(meta.stage).toBe('session') // clock in 2026, session valid until 2030
    vault.lock()
    await vault.unlock(PASS)
    expect((await vault.openContext(meta.id)).context).toEqual(context)
  })

  it('refuses a tampered record as damaged while other contexts still open', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const a = await vault.createContext({
      name: 'A',
      transport: practice,
      context: await fullContext(),
    })
    const b = await vault.createContext({ name: 'B', transport: practice })
    const stored = (await store.getContext(a.id))!
    const ct = Buffer.from(stored.secret.ct, 'base64')
    for (const index of [0, Math.floor(ct.length / 2), ct.length - 1]) {
      const flipped = Buffer.from(ct)
      flipped[index] ^= 0x01
      await store.putContext({
        ...stored,
        secret: { ...stored.secret, ct: flipped.toString('base64') },
      })
      expect(await codeOf(vault.openContext(a.id))).toBe('vault-damaged')
    }
    // Clear metadata is bound too: a renamed-by-hand or re-environmented record is refused.
    await store.putContext({ ...stored, name: 'edited in devtools' })
    expect(await codeOf(vault.openContext(a.id))).toBe('vault-damaged')
    await store.putContext({ ...stored, id: b.id }) // A's ciphertext under B's id
    expect(await codeOf(vault.openContext(b.id))).toBe('vault-damaged')
    await store.putContext(stored)
    expect((await vault.openContext(a.id)).meta.name).toBe('A')
  })

  it('renames and saves with read-modify-write, keeping the other fields', async () => {
    await vault.createVault({ protection: 'browser' })
    const context = await fullContext()
    const meta = await vault.createContext({ name: 'A', transport: practice, context })
    await vault.renameContext(meta.id, '  Company sandbox  ')
    const opened = await vault.openContext(meta.id)
    expect(opened.meta.name).toBe('Company sandbox')
    expect(opened.context).toEqual(context)
    expect(opened.meta.userDisplayName).toBe('Test Person')
  })

  it('deletes only with confirmation', async () => {
    await vault.createVault({ protection: 'browser' })
    const meta = await vault.createContext({ name: 'A', transport: practice })
    expect(await codeOf(vault.deleteContext(meta.id, {} as { confirmed: true }))).not.toBe(
      'no error',
    )
    expect(await vault.listContexts()).toHaveLength(1)
    await vault.deleteContext(meta.id, { confirmed: true })
    expect(await vault.listContexts()).toHaveLength(0)
  })

  it('changes the passphrase: old one refused, new one opens the same contexts', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const meta = await vault.createContext({
      name: 'A',
      transport: practice,
      context: await fullContext(),
    })
    expect(await codeOf(vault.changePassphrase('wrong passphrase', 'new passphrase 2'))).toBe(
      'wrong-passphrase',
    )
    await vault.changePassphrase(PASS, 'new passphrase 2')
    vault.lock()
    expect(await codeOf(vault.unlock(PASS))).toBe('wrong-passphrase')
    await vault.unlock('new passphrase 2')
    expect((await vault.openContext(meta.id)).meta.name).toBe('A')
  })

  it('a crash before the re-wrap is written leaves the old passphrase working', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const original = store.putMeta.bind(store)
    store.putMeta = async () => {
      throw new Error('tab closed midway')
    }
    await expect(vault.changePassphrase(PASS, 'new passphrase 2')).rejects.toThrow(
      'tab closed midway',
    )
    store.putMeta = original
    vault.lock()
    await vault.unlock(PASS)
    expect(vault.isUnlocked).toBe(true)
  })

  it('"this browser only" vaults unlock without a passphrase and refuse production', async () => {
    await vault.createVault({ protection: 'browser' })
    vault.lock()
    await vault.unlock()
    const production = await fullContext('PRODUCTION')
    expect(
      await codeOf(vault.createContext({ name: 'P', transport: practice, context: production })),
    ).toBe('production-locked')
    await vault.changeProtection(undefined, { protection: 'passphrase', passphrase: PASS })
    expect((await store.getMeta())?.browserKey).toBeUndefined()
    await vault.createContext({ name: 'P', transport: practice, context: production })
    expect(await codeOf(vault.changeProtection(PASS, { protection: 'browser' }))).toBe(
      'production-locked',
    )
  })

  it('wipes everything and forgets the key', async () => {
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice })
    await vault.wipe({ confirmed: true })
    expect(await vault.status()).toBe('no-vault')
    expect(await vault.listContexts()).toEqual([])
  })
})
