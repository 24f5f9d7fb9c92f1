// A vault record someone or something edited (docs/security.md, "profile copy"): every change to
// the stored key envelope or its header is reported as 'vault-damaged', naming what is wrong; only
// an intact record with the wrong passphrase is 'wrong-passphrase'. Iterations are bounded from
// both sides; a record reduced to its id is a vault that exists (status, create and the controller
// agree) and unlocking it says it is damaged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from '../../src/crypto/bytes'
import { MAX_PBKDF2_ITERATIONS } from '../../src/crypto/vault'
import { IdbVaultStore } from '../../src/storage/idb-store'
import type { VaultMeta } from '../../src/storage/records'
import { DB_NAME } from '../../src/storage/schema'
import type { VaultService } from '../../src/storage/vault-service'
import { makeController } from './controller-helpers'
import { makeService } from './helpers'

const PASS = 'correct horse battery staple'
let store: IdbVaultStore
let vault: VaultService

beforeEach(async () => {
  store = await IdbVaultStore.open(DB_NAME)
  vault = makeService(store)
  await vault.createVault({ protection: 'passphrase', passphrase: PASS })
  await vault.createContext({ name: 'a', transport: { kind: 'practice' } })
  vault.lock()
})
afterEach(() => store.close())

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code: string; message: string }
  }
  return { code: 'no error', message: '' }
}

function flip(base64: string, index: number): string {
  const bytes = base64ToBytes(base64)!
  bytes[(index + bytes.length) % bytes.length] ^= 0x01
  return bytesToBase64(bytes)
}

type Loose = { vaultId: string; protection: string; wrappedKey: Record<string, unknown> }
type Edit = (meta: Loose) => void
const tamperings: [string, Edit][] = [
  ['a flipped ciphertext byte', (m) => (m.wrappedKey.ct = flip(m.wrappedKey.ct as string, 3))],
  ['a flipped tag byte', (m) => (m.wrappedKey.ct = flip(m.wrappedKey.ct as string, -1))],
  ['a flipped IV byte', (m) => (m.wrappedKey.iv = flip(m.wrappedKey.iv as string, 0))],
  ['a flipped salt byte', (m) => (m.wrappedKey.salt = flip(m.wrappedKey.salt as string, 5))],
  [
    'iterations changed by one',
    (m) => (m.wrappedKey.iterations = (m.wrappedKey.iterations as number) + 1),
  ],
  ['a changed vault id', (m) => (m.vaultId = `${m.vaultId.slice(0, -1)}x`)],
  ['kdf set to none', (m) => (m.wrappedKey.kdf = 'none')],
  ['kdf set to another name', (m) => (m.wrappedKey.kdf = 'PBKDF2-SHA1')],
  ['protection set to browser', (m) => (m.protection = 'browser')],
  ['an unknown envelope version', (m) => (m.wrappedKey.v = 2)],
  ['a missing salt', (m) => delete m.wrappedKey.salt],
]

describe('vault tampering', () => {
  it('an intact record with the wrong passphrase is wrong-passphrase, and the right one opens', async () => {
    expect((await failure(vault.unlock('not the passphrase'))).code).toBe('wrong-passphrase')
    await vault.unlock(PASS)
    expect(vault.isUnlocked).toBe(true)
  })

  it.each(tamperings)('%s is vault-damaged, not wrong-passphrase', async (_name, edit) => {
    const meta = structuredClone(await store.getMeta()) as unknown as Loose
    edit(meta)
    await store.putMeta(meta as unknown as VaultMeta)
    const error = await failure(makeService(store).unlock(PASS))
    expect(error.code).toBe('vault-damaged')
    expect(error.message).toMatch(/^The vault key is damaged/)
  })

  it('a context record whose data does not decrypt under a good key is damaged, the vault opens', async () => {
    const [record] = await store.listContexts()
    await store.putContext({
      ...record,
      secret: { ...record.secret, ct: flip(record.secret.ct, 2) },
    })
    await vault.unlock(PASS)
    expect((await failure(vault.openContext(record.id))).code).toBe('vault-damaged')
  })
})

describe('vault iterations', () => {
  it.each([
    [100_000_000, 'iterations is 100,000,000, outside 1,000 to 10,000,000'],
    [1e12, 'iterations is 1,000,000,000,000, outside 1,000 to 10,000,000'],
    [999, 'iterations is 999, outside 1,000 to 10,000,000'],
    [1.5e3 + 0.5, 'iterations is 1500.5, not a whole number'],
  ])('%d iterations: refused at once as damaged, naming the field', async (iterations, text) => {
    const meta = structuredClone(await store.getMeta())!
    await store.putMeta({
      ...meta,
      wrappedKey: { ...meta.wrappedKey, iterations } as VaultMeta['wrappedKey'],
    })
    const started = Date.now()
    const error = await failure(makeService(store).unlock(PASS))
    expect(error.code).toBe('vault-damaged')
    expect(error.message).toContain(text)
    expect(Date.now() - started).toBeLessThan(5000) // refused before any key derivation
  })

  it('the upper bound is 10,000,000', () => {
    expect(MAX_PBKDF2_ITERATIONS).toBe(10_000_000)
  })
})

describe('a vault record reduced to its id', () => {
  beforeEach(async () => {
    await store.putMeta({ id: 'vault' } as VaultMeta)
  })

  it('exists for status, protection and create alike, and unlocking it says damaged', async () => {
    const service = makeService(store)
    expect(await service.status()).toBe('locked')
    expect(await service.storedProtection()).not.toBeNull()
    expect(
      (await failure(service.createVault({ protection: 'passphrase', passphrase: PASS }))).message,
    ).toBe('A vault already exists in this browser.')
    const error = await failure(service.unlock(PASS))
    expect(error.code).toBe('vault-damaged')
    expect(error.message).toMatch(/^The vault key is damaged/)
  })

  it('the controller shows it locked (offering unlock), never "create"', async () => {
    const { controller } = makeController(store)
    await controller.init()
    expect(controller.snapshot.status).toBe('locked')
  })
})

describe('a passphrase record written before envelopes had a sum', () => {
  it('still unlocks, gets its sum on that unlock, and is then told apart from a wrong passphrase', async () => {
    const meta = structuredClone(await store.getMeta())!
    const { sum: _sum, ...legacy } = meta.wrappedKey as VaultMeta['wrappedKey'] & { sum?: string }
    await store.putMeta({ ...meta, wrappedKey: legacy as VaultMeta['wrappedKey'] })
    const service = makeService(store)
    await service.unlock(PASS)
    const upgraded = (await store.getMeta())!.wrappedKey as { sum?: string }
    expect(upgraded.sum).toBe((meta.wrappedKey as { sum?: string }).sum)
    const flipped = structuredClone(await store.getMeta())! as VaultMeta & {
      wrappedKey: Record<string, unknown>
    }
    flipped.wrappedKey.ct = flip(flipped.wrappedKey.ct as string, 4)
    await store.putMeta(flipped)
    expect((await failure(makeService(store).unlock(PASS))).code).toBe('vault-damaged')
  })
})
