// The UI-facing vault controller (the engine under src/state/vault.svelte.ts): errors become state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportBunqConf } from '../../src/bunq/context-file'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { DB_NAME } from '../../src/storage/schema'
import { makeController } from './controller-helpers'
import { fullContext } from './helpers'

const PASS = 'correct horse battery staple'
const practice = { kind: 'practice' } as const
let store: IdbVaultStore

beforeEach(async () => {
  store = await IdbVaultStore.open(DB_NAME)
})
afterEach(() => store.close())

describe('vault controller', () => {
  it('goes empty -> unlocked -> active context with a non-extractable signing key', async () => {
    const { controller: vault } = makeController(store)
    await vault.init()
    expect(vault.snapshot.status).toBe('empty')
    expect(vault.snapshot.persistent).toBe(true)
    expect(await vault.createVault({ protection: 'passphrase', passphrase: PASS })).toBe(true)
    const context = await fullContext()
    await vault.createContext({ name: 'Person', transport: practice, context })
    const active = vault.snapshot.active!
    expect(active.meta.name).toBe('Person')
    expect(active.context.privateKeyPem).toBeNull() // the PEM is not kept in memory
    expect(active.context.apiKey).toBe(context.apiKey)
    expect(active.keys.privateKey?.extractable).toBe(false)
    expect(active.keys.privateKey?.usages).toEqual(['sign'])
    expect(active.keys.serverPublicKey?.type).toBe('public')
  })

  it('keeps the stored private key when the app saves a context from memory', async () => {
    const { controller: vault } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const context = await fullContext()
    await vault.createContext({ name: 'A', transport: practice, context })
    const fromMemory = vault.snapshot.active!.context
    const renewed = {
      ...fromMemory,
      session: { ...fromMemory.session!, token: 'FAKEnewSESSIONtoken' },
    }
    expect(await vault.saveActiveContext(renewed)).toBe(true)
    const text = await vault.exportBunqConf(vault.snapshot.active!.meta.id)
    expect(JSON.parse(text!).installation_context.private_key_client).toBe(context.privateKeyPem)
    expect(JSON.parse(text!).session_context.token).toBe('FAKEnewSESSIONtoken')
  })

  it('turns a wrong passphrase into lastError and stays locked', async () => {
    const first = makeController(store)
    await first.controller.init()
    await first.controller.createVault({ protection: 'passphrase', passphrase: PASS })
    first.controller.lock()
    expect(await first.controller.unlock('wrong wrong wrong')).toBe(false)
    expect(first.controller.snapshot.lastError).toMatchObject({
      code: 'wrong-passphrase',
      message: 'The passphrase is wrong.',
    })
    expect(first.controller.snapshot.status).toBe('locked')
    expect(await first.controller.unlock(PASS)).toBe(true)
    expect(first.controller.snapshot.lastError).toBeNull()
  })

  it('auto-locks after the idle time, dropping the active context; touch() restarts it', async () => {
    const { controller: vault, timers } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice })
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([15 * 60_000])
    await vault.setAutoLockMinutes(5)
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([5 * 60_000])
    vault.touch()
    expect(timers.pending.size).toBe(1)
    timers.fireAll()
    expect(vault.snapshot.status).toBe('locked')
    expect(vault.snapshot.active).toBeNull()
    expect((await store.getSettings()).autoLockMinutes).toBe(5)
  })

  it('opens a "this browser only" vault on init, and refuses production there', async () => {
    const first = makeController(store)
    await first.controller.init()
    await first.controller.createVault({ protection: 'browser' })
    const reload = makeController(store)
    await reload.controller.init()
    expect(reload.controller.snapshot.status).toBe('unlocked')
    const ok = await reload.controller.createContext({
      name: 'Prod',
      transport: practice,
      context: await fullContext('PRODUCTION'),
    })
    expect(ok).toBe(false)
    expect(reload.controller.snapshot.lastError?.code).toBe('production-locked')
    expect(await reload.controller.setPassphrase(PASS)).toBe(true)
    expect(reload.controller.snapshot.protection).toBe('passphrase')
  })

  it('reports a damaged context but still opens the others', async () => {
    const { controller: vault } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice, context: await fullContext() })
    await vault.createContext({ name: 'B', transport: practice })
    const [a, b] = vault.snapshot.contexts
    const record = (await store.getContext(a.id))!
    await store.putContext({ ...record, secret: { ...record.secret, iv: 'AAAAAAAAAAAAAAAA' } })
    expect(await vault.switchTo(a.id)).toBe(false)
    expect(vault.snapshot.lastError?.code).toBe('vault-damaged')
    expect(await vault.switchTo(b.id)).toBe(true)
    expect(vault.snapshot.active?.meta.name).toBe('B')
  })

  it('imports a bunq.conf as a new active context; a bad file stores nothing', async () => {
    const { controller: vault } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    const text = exportBunqConf(await fullContext())
    expect(await vault.importBunqConf('{"api_key": "x"}', 'Bad', practice)).toBe(false)
    expect(vault.snapshot.lastError?.code).toBe('context-file-invalid')
    expect(await store.listContexts()).toHaveLength(0)
    expect(await vault.importBunqConf(text, 'From Python', practice)).toBe(true)
    expect(vault.snapshot.active?.meta.name).toBe('From Python')
    expect(await vault.exportBunqConf(vault.snapshot.active!.meta.id)).toBe(text)
    const postman = await vault.exportPostman(vault.snapshot.active!.meta.id)
    expect(postman?.values.find((v) => v.key === 'api_key')?.value).toMatch(/^sandbox_FAKE/)
  })

  it('deletes with confirmation and wipes everything', async () => {
    const { controller: vault } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice })
    const id = vault.snapshot.active!.meta.id
    expect(await vault.deleteContext(id, { confirmed: true })).toBe(true)
    expect(vault.snapshot.active).toBeNull()
    expect(vault.snapshot.contexts).toEqual([])
    expect(await vault.wipe({ confirmed: true })).toBe(true)
    expect(vault.snapshot.status).toBe('empty')
  })
})

describe('quota exceeded while saving', () => {
  it('memory store: says so, and the previous context is kept', async () => {
    const memory = new MemoryVaultStore({ quotaBytes: 12_000 })
    const { controller: vault } = makeController(memory)
    await vault.init()
    expect(vault.snapshot.persistent).toBe(false)
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice })
    const big = { ...vault.snapshot.active!.context, apiKey: `sandbox_FAKE${'x'.repeat(20_000)}` }
    expect(await vault.saveActiveContext(big)).toBe(false)
    expect(vault.snapshot.lastError?.code).toBe('quota-exceeded')
    expect(vault.snapshot.active?.context.apiKey).toBeNull()
    const { service } = makeController(memory)
    expect((await memory.listContexts())[0].name).toBe('A')
    await service.unlock(PASS)
    expect((await service.openContext(vault.snapshot.active!.meta.id)).context.apiKey).toBeNull()
  })

  it('IndexedDB: a QuotaExceededError from put leaves the stored record as it was', async () => {
    const { controller: vault, service } = makeController(store)
    await vault.init()
    await vault.createVault({ protection: 'passphrase', passphrase: PASS })
    await vault.createContext({ name: 'A', transport: practice })
    const id = vault.snapshot.active!.meta.id
    const proto = IDBObjectStore.prototype
    const put = proto.put
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    try {
      expect(await vault.rename(id, 'B')).toBe(false)
    } finally {
      proto.put = put
    }
    expect(vault.snapshot.lastError?.code).toBe('quota-exceeded')
    expect((await service.openContext(id)).meta.name).toBe('A')
  })
})
