/**
 * The protocol core against the in-page practice bank, timed inside Chromium with
 * performance.now(): bootstrap from nothing, and the client's own cost per call.
 */
import { createBunqClient, memoryContextHolder } from '../../../src/bunq/client'
import { emptyContext, PRACTICE_BASE_URL } from '../../../src/bunq/context'
import type { Exchange } from '../../../src/bunq/exchange'
import { createBrowserPlatform } from '../../../src/platform/browser-platform'
import { createIdbStore, createMemoryStore, createPracticeBank } from '../../../src/practice-bank'

const platform = createBrowserPlatform()

export interface BootstrapTimes {
  total: number
  /** Per step: bank ready, sandbox user, key pair, installation, device, session. */
  steps: Record<string, number>
}

/**
 * From nothing to an open session, as a first visit does it: a new practice bank with its state in
 * a fresh IndexedDB database (its own server key pair), then the five flows of docs/protocol.md §4.
 * Both sides keep their default rate limits (one call per endpoint never waits).
 */
export async function bootstrapOnce(run: number): Promise<BootstrapTimes> {
  // Let the freshly loaded page settle first: a user clicks after the first paint, not during it.
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }))
  const steps: Record<string, number> = {}
  const t0 = performance.now()
  let last = t0
  const mark = (name: string) => {
    const now = performance.now()
    steps[name] = now - last
    last = now
  }
  const bank = createPracticeBank({
    platform,
    store: createIdbStore(`bench-bank-${run}-${Date.now()}`),
  })
  await bank.ready
  mark('bank ready')
  const client = createBunqClient({
    platform,
    transport: (request) => bank.handle(request),
    transportKind: 'practice',
    baseUrl: PRACTICE_BASE_URL,
    context: memoryContextHolder(emptyContext()),
  })
  await client.createSandboxUser('person')
  mark('sandbox user')
  await client.generateKeyPair()
  mark('key pair')
  await client.install()
  mark('installation')
  await client.registerDevice({ description: 'bench' })
  mark('device')
  await client.openSession()
  mark('session')
  if (!client.context.session) throw new Error('bootstrap ended without a session')
  return { total: performance.now() - t0, steps }
}

export interface OverheadResult {
  /** Per call: total time minus the bank's own handle() time, ms. */
  overhead: number[]
  bank: number[]
  total: number[]
  exchanges: Exchange[]
}

/**
 * `calls` sequential GET /user/{id}/monetary-account calls (typed endpoint: serialize, sign, send,
 * verify the server signature, parse, unwrap). The transport is wrapped to time bank.handle, so
 * what remains is what the client adds. Rate limits are off on both sides: bunq's 3 GETs per 3 s
 * would otherwise make 200 calls take minutes, and waiting is not the client's work.
 */
export async function overhead(calls: number, warmup = 20): Promise<OverheadResult> {
  const bank = createPracticeBank({ platform, store: createMemoryStore(), rateLimits: 'off' })
  let bankMs = 0
  const exchanges: Exchange[] = []
  const client = createBunqClient({
    platform,
    transport: async (request) => {
      const t = performance.now()
      const response = await bank.handle(request)
      bankMs += performance.now() - t
      return response
    },
    transportKind: 'practice',
    baseUrl: PRACTICE_BASE_URL,
    context: memoryContextHolder(emptyContext()),
    rateLimit: { enabled: false },
    onExchange: ({ redacted }) => exchanges.push(redacted),
  })
  await client.createSandboxUser('person')
  await client.generateKeyPair()
  await client.install()
  await client.registerDevice({ description: 'bench' })
  await client.openSession()
  const result: OverheadResult = { overhead: [], bank: [], total: [], exchanges }
  for (let i = 0; i < warmup + calls; i++) {
    bankMs = 0
    const t = performance.now()
    const page = await client.monetaryAccounts.list()
    const total = performance.now() - t
    if (page.items.length === 0) throw new Error('the practice user has no account')
    if (i < warmup) continue // JIT, key import cache, first IndexedDB-free paths
    result.total.push(total)
    result.bank.push(bankMs)
    result.overhead.push(total - bankMs)
  }
  return result
}
