import { afterAll, beforeAll } from 'vitest'
import {
  createMemoryStore,
  createPracticeBank,
  TEST_OPTIONS,
  type BankStore,
  type CreatePracticeBankOptions,
  type PracticeBank,
} from '../../../src/practice-bank'
import {
  startPracticeBankServer,
  type RunningPracticeBank,
} from '../../../scripts/practice-bank-server'
import { TestClient, type Fetcher } from './client'

/**
 * The two faces of one bank: the in-page `handle` and the HTTP server on loopback. Every
 * contract file runs its suite against both through `FACES`. The server face keeps one listening
 * server per file (on a free port: 0 asks the system for one) and swaps the bank behind it per test.
 */
export interface Face {
  bank: PracticeBank
  fetch: Fetcher
  client(): TestClient
}

export type FaceFactory = (options?: CreatePracticeBankOptions, store?: BankStore) => Promise<Face>

const PRACTICE_ORIGIN = 'https://practice.bunq.invalid/v1'

async function make(
  fetchVia: (bank: PracticeBank) => Fetcher,
  options: CreatePracticeBankOptions = {},
  store: BankStore = createMemoryStore(),
): Promise<Face> {
  const bank = createPracticeBank({ ...TEST_OPTIONS, ...options, store })
  await bank.ready
  const fetch = fetchVia(bank)
  return { bank, fetch, client: () => new TestClient(fetch) }
}

/** A fetcher that hands each request straight to the bank in the page, as the in-page transport does. */
export function inPageFetch(bank: Pick<PracticeBank, 'handle'>): Fetcher {
  return (path, init) => bank.handle(new Request(PRACTICE_ORIGIN + path, init))
}

export const inPage: FaceFactory = (options, store) => make(inPageFetch, options, store)

/** Registers beforeAll/afterAll for one server on `port` (0: a free one); returns the server face factory. */
export function serverFace(port = 0): FaceFactory {
  let running: RunningPracticeBank | null = null
  let current: PracticeBank | null = null
  beforeAll(async () => {
    running = await startPracticeBankServer({
      port,
      bank: { handle: (request) => current!.handle(request) },
    })
  })
  afterAll(async () => {
    await running?.close()
  })
  return (options, store) =>
    make(
      (bank) => {
        current = bank
        return (path, init) => fetch(`${running!.url}${path}`, init)
      },
      options,
      store,
    )
}

/** `describe.each(faces(port))`: [name, factory] pairs for both faces. */
export function faces(port = 0): [string, FaceFactory][] {
  return [
    ['in-page', inPage],
    ['server', serverFace(port)],
  ]
}

/** A clock the test moves by hand; `sleep` advances it instead of waiting. */
export function fakeClock(start = Date.UTC(2026, 0, 5, 9, 30)) {
  const clock = {
    t: start,
    platform: {
      now: () => clock.t,
      randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
      randomUUID: () => crypto.randomUUID(),
      subtle: crypto.subtle,
      sleep: async (ms: number) => {
        clock.t += ms
      },
    },
  }
  return clock
}
