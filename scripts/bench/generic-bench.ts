/**
 * The practice bank's generic engine (docs/decisions/0021-generic-engine.md), measured in Node:
 * - throughput: signed generic requests (POST then GET of the object) through the in-page face;
 * - saved-state size: the JSON the bank saves after 10,000 generic objects (raw and gzip);
 * - the practice bank chunk of the built app: its gzip size with what it alone imports, and a
 *   check that the first load does not include it (it stays a lazy chunk).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  createMemoryStore,
  createPracticeBank,
  TEST_OPTIONS,
  type BankStore,
} from '../../src/practice-bank'
import { Bank } from '../../src/practice-bank/bank'
import { handleGeneric } from '../../src/practice-bank/generic/engine'
import { resolveOptions } from '../../src/practice-bank/options'
import { operationFor } from '../../src/spec/catalogue'
import { TestClient } from '../../tests/practice-bank/support/client'
import { gzipBytes } from './bundle'
import { figure, type Figure } from './stats'

const OBJECTS = 10_000

async function throughput(store: BankStore, runs: number): Promise<number[]> {
  const bank = createPracticeBank({ ...TEST_OPTIONS, store })
  await bank.ready
  const c = await new TestClient((path, init) =>
    bank.handle(new Request('https://practice.bunq.invalid/v1' + path, init)),
  ).bootstrap()
  const notes = notePath(c.userId, c.accountId)
  const rates: number[] = []
  for (let run = 0; run < runs; run++) {
    const t = performance.now()
    for (let i = 0; i < 50; i++) {
      const reply = await c.ok('POST', notes, { body: { content: `note ${i}` } })
      await c.ok('GET', `${notes}/${reply.json.Response[0].Id.id}`)
    }
    rates.push(100 / ((performance.now() - t) / 1000))
  }
  return rates
}

/**
 * 10,000 objects made by the engine itself (one saved state, as after 10,000 POSTs): through the
 * pipeline each request snapshots and saves the whole state, which is what the second
 * throughput figure shows.
 */
async function stateWithObjects(count: number): Promise<BankStore> {
  const store = createMemoryStore()
  const seed = createPracticeBank({ ...TEST_OPTIONS, store })
  await seed.ready
  const c = await new TestClient((path, init) =>
    seed.handle(new Request('https://practice.bunq.invalid/v1' + path, init)),
  ).bootstrap()
  const state = (await store.load())!
  const bank = new Bank(state, resolveOptions(TEST_OPTIONS), nodePlatform())
  const session = state.sessions.find((s) => s.userId === c.userId)!
  const op = operationFor('POST', NOTE_PATH)!
  const path = notePath(c.userId, c.accountId)
  for (let i = 0; i < count; i++) {
    handleGeneric(
      {
        bank,
        params: {},
        query: new URLSearchParams(),
        body: { content: `note ${i}` },
        path,
        installation: null,
        session,
      },
      op,
    )
  }
  await store.save(bank.state)
  return store
}

/**
 * An operation the generic engine answers: a note on a card transaction (mastercard-action). Notes
 * on payments are hand-made (they need a real payment), so they would not measure the engine.
 */
const NOTE_PATH =
  '/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/note-text'

const notePath = (userId: number, accountId: number) =>
  `/user/${userId}/monetary-account/${accountId}/mastercard-action/1/note-text`

function nodePlatform() {
  return {
    now: () => Date.now(),
    randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
    randomUUID: () => crypto.randomUUID(),
    subtle: crypto.subtle,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  }
}

export async function genericFigures(): Promise<Figure[]> {
  const empty = await throughput(createMemoryStore(), 5)
  const store = await stateWithObjects(OBJECTS)
  const savedText = JSON.stringify(await store.load())
  const full = await throughput(store, 3)
  return [
    figure(
      'practice bank: generic requests/s (POST+GET, signed), empty bank',
      'req/s',
      'info',
      empty,
      {
        note: 'in-page face in Node; each request signed by the client and the bank (RSA-2048)',
      },
    ),
    figure(
      `practice bank: generic requests/s with ${OBJECTS} objects saved`,
      'req/s',
      'info',
      full,
      {
        note: 'each change snapshots and saves the whole state (pipeline.ts): cost grows with the state',
      },
    ),
    figure(
      `practice bank: saved state after ${OBJECTS} generic objects`,
      'kB',
      'info',
      [savedText.length / 1000],
      { note: `${(gzipBytes(new TextEncoder().encode(savedText)) / 1000).toFixed(0)} kB gzip` },
    ),
  ]
}

export function practiceChunkFigures(appDir: string, firstLoad: string[]): Figure[] {
  const assets = join(appDir, 'assets')
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const mine = files.filter((f) =>
    readFileSync(join(assets, f), 'utf8').includes('X-Practice-Bank-Emulation'),
  )
  const size = mine.reduce((n, f) => n + gzipBytes(readFileSync(join(assets, f))), 0) / 1000
  const eager = mine.filter((f) => firstLoad.some((g) => g.endsWith(f)))
  return [
    figure('practice bank: lazy chunk (gzip)', 'kB', 'info', [size], {
      note: `${mine.join(', ')}; in the first load: ${eager.length === 0 ? 'no (lazy)' : eager.join(', ')}`,
    }),
  ]
}
