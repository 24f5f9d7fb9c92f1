// Contexts saved before a context recorded its bank (format 1: no `bank` in the sealed ApiContext,
// no `format` on the record) are read with the bank their clear, authenticated transport and
// environment name, and re-sealed in the current format at unlock (docs/decisions/0023). The
// old records are laid out here exactly as the previous code sealed them.
import { describe, expect, it } from 'vitest'
import type { ApiContext, Environment, TransportConfig } from '../../src/bunq/context'
import { aadFor, sealJson } from '../../src/crypto/vault-seal'
import { CONTEXT_FORMAT } from '../../src/storage/context-migrations'
import { metaOf } from '../../src/storage/context-records'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import type { ContextMeta, ContextRecord } from '../../src/storage/records'
import { createVaultMeta } from '../../src/storage/vault-protection'
import { FAST_KDF, fullContext, makeService, testCrypto } from './helpers'

const PASSPHRASE = 'correct horse battery'

/** A vault whose data key the test holds, so it can seal records the way older code did. */
async function oldVault() {
  const store = new MemoryVaultStore()
  const { meta, dataKey } = await createVaultMeta(
    testCrypto,
    { protection: 'passphrase', passphrase: PASSPHRASE },
    'vault-id-1',
    1,
    FAST_KDF,
  )
  await store.putMeta(meta)
  let n = 0
  /** Seals `sealed` under `clear` like the previous code: no format on the record. */
  async function put(
    clear: { transport: TransportConfig; environment: Environment },
    sealed: object,
    format?: number,
  ): Promise<ContextRecord> {
    const base: ContextMeta = {
      id: `ctx-${++n}`,
      name: `Old ${n}`,
      environment: clear.environment,
      transport: clear.transport,
      stage: 'session',
      createdAt: 10,
      updatedAt: 20,
    }
    const aad = aadFor('context', { vaultId: meta.vaultId, meta: metaOf(base) })
    const secret = await sealJson(testCrypto, dataKey, sealed, aad)
    const record: ContextRecord = { ...base, secret, ...(format ? { format } : {}) }
    await store.putContext(record)
    return record
  }
  return { store, put }
}

/** What format 1 sealed: an ApiContext without `bank`. */
async function formatOne(environment: Environment = 'SANDBOX'): Promise<Omit<ApiContext, 'bank'>> {
  const { bank: _none, ...rest } = await fullContext(environment)
  return rest
}

describe('context format 1 -> 2: every context gets the bank it was made on', () => {
  it.each<[string, TransportConfig, Environment, ApiContext['bank']]>([
    [
      'the in-page practice bank stays practice',
      { kind: 'practice' },
      'SANDBOX',
      { kind: 'practice-in-page' },
    ],
    [
      'a practice bank server',
      { kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' },
      'SANDBOX',
      { kind: 'practice-server', baseUrl: 'http://127.0.0.1:5055/v1' },
    ],
    [
      'bunq sandbox, direct',
      { kind: 'direct', baseUrl: 'https://public-api.sandbox.bunq.com/v1' },
      'SANDBOX',
      { kind: 'bunq-sandbox' },
    ],
    [
      'bunq sandbox through a relay',
      { kind: 'relay', relayUrl: 'http://127.0.0.1:8787' },
      'SANDBOX',
      { kind: 'bunq-sandbox', relayUrl: 'http://127.0.0.1:8787' },
    ],
    [
      'bunq production through a relay',
      { kind: 'relay', relayUrl: 'http://127.0.0.1:8787' },
      'PRODUCTION',
      { kind: 'bunq-production', relayUrl: 'http://127.0.0.1:8787' },
    ],
  ])('%s', async (_, transport, environment, bank) => {
    const { store, put } = await oldVault()
    const old = await formatOne(environment)
    const record = await put({ transport, environment }, old)
    const service = makeService(store)
    await service.unlock(PASSPHRASE)

    const { meta, context } = await service.openContext(record.id)
    expect(context).toEqual({ ...old, bank })
    // Re-sealed in the current format, its clear metadata untouched.
    const stored = (await store.getContext(record.id))!
    expect(stored.format).toBe(CONTEXT_FORMAT)
    expect(stored.secret).not.toEqual(record.secret)
    expect(meta).toEqual(metaOf(record))
  })

  it('runs once: a second unlock finds nothing to migrate', async () => {
    const { store, put } = await oldVault()
    await put({ transport: { kind: 'practice' }, environment: 'SANDBOX' }, await formatOne())
    const service = makeService(store)
    await service.unlock(PASSPHRASE)
    expect(await service.migrateContexts()).toBe(0)
  })

  it('a tampered old record stays damaged and unmigrated; the others still migrate', async () => {
    const { store, put } = await oldVault()
    const good = await put(
      { transport: { kind: 'practice' }, environment: 'SANDBOX' },
      await formatOne(),
    )
    const bad = await put(
      { transport: { kind: 'practice' }, environment: 'SANDBOX' },
      await formatOne(),
    )
    // Relabel the clear transport: the AAD no longer matches, so the record must not open.
    await store.putContext({
      ...bad,
      transport: { kind: 'direct', baseUrl: 'https://public-api.sandbox.bunq.com/v1' },
    })
    const service = makeService(store)
    await service.unlock(PASSPHRASE)
    expect((await store.getContext(good.id))!.format).toBe(CONTEXT_FORMAT)
    expect((await store.getContext(bad.id))!.format).toBeUndefined()
    await expect(service.openContext(bad.id)).rejects.toMatchObject({ code: 'vault-damaged' })
  })

  it('a sealed bank that disagrees with the clear one is damage, not a second opinion', async () => {
    const { store, put } = await oldVault()
    const sandbox = { ...(await formatOne()), bank: { kind: 'bunq-sandbox' } }
    const record = await put(
      { transport: { kind: 'practice' }, environment: 'SANDBOX' },
      sandbox,
      CONTEXT_FORMAT,
    )
    const service = makeService(store)
    await service.unlock(PASSPHRASE)
    await expect(service.openContext(record.id)).rejects.toMatchObject({ code: 'vault-damaged' })
  })

  it('a context never moves to another bank on save', async () => {
    const { store, put } = await oldVault()
    const record = await put(
      { transport: { kind: 'practice' }, environment: 'SANDBOX' },
      await formatOne(),
    )
    const service = makeService(store)
    await service.unlock(PASSPHRASE)
    const { context } = await service.openContext(record.id)
    await expect(
      service.saveContext(record.id, { ...context, bank: { kind: 'bunq-sandbox' } }),
    ).rejects.toMatchObject({ code: 'wrong-bank' })
    expect((await service.openContext(record.id)).context.bank).toEqual({
      kind: 'practice-in-page',
    })
  })
})
