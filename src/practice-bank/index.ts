import { generateRsaKeyPair } from '../crypto/rsa'
import { privateKeyToPem, publicKeyToPem } from '../crypto/pem'
import { Bank, type BankPlatform } from './bank'
import { ROUTES } from './handlers'
import { Inspector } from './inspector'
import { Lock } from './lock'
import { defaultStore, type BankStore } from './persist'
import { processRequest, tryMatch, type PipelineDeps } from './pipeline'
import { RateLimiter, limitFor } from './rate-limit'
import { ensureResidents } from './residents'
import { runDueSchedules, travel } from './practice-clock'
import { openTab } from './bunqme'
import { emptyState, type BankState } from './state'
import { migrateState, SavedStateError } from './migrate'
import { createMemoryStore } from './persist'
import { resolveOptions, type BankOptions } from './options'

export { DEFAULT_OPTIONS, TEST_OPTIONS, type BankOptions } from './options'
export { createIdbStore, createMemoryStore, PRACTICE_BANK_DB, type BankStore } from './persist'
export type { InspectedRequest, WouldBeCallback } from './inspector'

/**
 * The practice bank: a faithful emulator of the bunq sandbox behind a fetch-shaped `handle`
 * (docs/protocol.md §15 is its checklist). It never imports the protocol core.
 */
export interface PracticeBank {
  /** The transport: a standard Request in, a bunq-shaped Response out. Never throws. */
  handle(request: Request): Promise<Response>
  /** Live switches: change a field and the next request obeys it. */
  options: BankOptions
  faults: {
    expireSessionsNow(): void
    failNextWith429(): void
    corruptNextSignature(): void
    /** All users, keys, installations and money gone; a new server key (§4.1 sandbox reset). */
    resetSandbox(): Promise<void>
  }
  inspector: Inspector
  /** The practice clock and its schedules (practice-clock.ts, docs/decisions/0016). */
  clock: {
    /** How far the practice clock runs ahead of real time, in ms. */
    offsetMs(): number
    /** Moves the practice clock forward and runs the schedules that became due; returns the runs. */
    travel(ms: number): Promise<number>
    /** Runs every due schedule instance now; returns how many ran. */
    runDueSchedules(): Promise<number>
  }
  /** Puts a bunq.me tab in front of a practice user (bunqme.ts); returns the RequestResponse id. */
  openBunqmeTab(shareUrl: string, payerEmail: string): Promise<number>
  /**
   * What became of the saved bank at load (docs/decisions/0021-generic-engine.md): none, loaded,
   * upgraded from an older format, or unreadable. An unreadable record is left untouched (this
   * bank runs in memory) until `startFresh` replaces it.
   */
  savedState(): SavedStateReport
  /** Gives up an unreadable saved bank: the fresh bank in use becomes the saved one. */
  startFresh(): Promise<void>
  /** The operations answered by the generic engine (generic/routes.ts), in catalogue order. */
  genericOperations(): { method: string; path: string }[]
  /** Resolves when the saved state is loaded (or a fresh bank made). */
  ready: Promise<void>
}

export type SavedStateReport =
  | { status: 'fresh' | 'loaded' }
  | { status: 'migrated'; from: number }
  | { status: 'damaged' | 'newer'; message: string }

export interface CreatePracticeBankOptions extends Partial<BankOptions> {
  platform?: BankPlatform
  store?: BankStore
}

function nodeOrBrowserPlatform(): BankPlatform {
  const crypto = globalThis.crypto
  return {
    now: () => Date.now(),
    randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
    randomUUID: () => crypto.randomUUID(),
    subtle: crypto.subtle,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }
}

async function freshState(platform: BankPlatform): Promise<BankState> {
  const pair = await generateRsaKeyPair({ extractable: true }, platform.subtle)
  return emptyState(
    await privateKeyToPem(pair.privateKey, platform.subtle),
    await publicKeyToPem(pair.publicKey, platform.subtle),
  )
}

export function createPracticeBank(input: CreatePracticeBankOptions = {}): PracticeBank {
  const { platform = nodeOrBrowserPlatform(), store = defaultStore(), ...switches } = input
  const options = resolveOptions(switches)
  const inspector = new Inspector()
  const lock = new Lock()
  let generation = 0
  let deps: PipelineDeps | null = null
  const faults = { next429: false, corruptNextSignature: false }

  let report: SavedStateReport = { status: 'fresh' }
  let activeStore = store
  const ready = (async () => {
    let saved: unknown = null
    let state: BankState
    try {
      saved = await store.load()
      if (saved === null) state = await freshState(platform)
      else {
        const migrated = migrateState(saved)
        state = migrated.state
        report =
          migrated.from < state.version
            ? { status: 'migrated', from: migrated.from }
            : { status: 'loaded' }
      }
    } catch (error) {
      // Never wiped silently: the record stays as it is and this bank runs in memory.
      report = {
        status: error instanceof SavedStateError ? error.reason : 'damaged',
        message:
          error instanceof Error ? error.message : 'The saved practice bank could not be read.',
      }
      activeStore = createMemoryStore()
      saved = null
      state = await freshState(platform)
    }
    const bank = new Bank(state, options, platform)
    bank.onCallback = (target_url, category, body) =>
      inspector.callback({ at: platform.now(), target_url, category, body })
    bank.defer = (delayMs, task) => {
      const born = generation
      void platform.sleep(delayMs).then(() =>
        lock.run(async () => {
          if (born !== generation) return // the sandbox was reset meanwhile
          task()
          if (bank.dirty) await activeStore.save(bank.state)
          bank.dirty = false
        }),
      )
    }
    ensureResidents(bank)
    if (!saved || bank.dirty || report.status === 'migrated') await activeStore.save(state)
    bank.dirty = false
    const limiter = new RateLimiter()
    deps = {
      bank,
      routes: ROUTES,
      limiter,
      inspector,
      store: activeStore,
      faults,
      seenRequestIds: new Map(),
    }
  })()

  async function handle(request: Request): Promise<Response> {
    await ready
    const d = deps!
    let counted = false
    if (options.rateLimits === 'delay') {
      const match = tryMatch(d.routes, request)
      if (match) {
        const limit = limitFor(request.method.toUpperCase(), match.route.pattern)
        const key = `${options.callerIp} ${request.method.toUpperCase()} ${match.route.pattern}`
        for (let wait = d.limiter.take(key, limit, platform.now()); wait > 0;) {
          await platform.sleep(wait)
          wait = d.limiter.take(key, limit, platform.now())
        }
        counted = true
      }
    }
    return lock.run(async () => {
      // Schedules that fell due since the last call run first, as bunq runs them on time.
      if (runDueSchedules(d.bank) > 0) await d.store.save(d.bank.state)
      d.bank.dirty = false
      return processRequest(d, request, counted)
    })
  }

  /** Runs `change` on the bank under the lock and saves what it changed (or rolls it back). */
  async function change<T>(task: (bank: Bank) => T): Promise<T> {
    await ready
    const d = deps!
    return lock.run(async () => {
      const snapshot = JSON.stringify(d.bank.state)
      try {
        const result = task(d.bank)
        if (d.bank.dirty) await d.store.save(d.bank.state)
        return result
      } catch (error) {
        d.bank.replaceState(JSON.parse(snapshot))
        throw error
      } finally {
        d.bank.dirty = false
      }
    })
  }

  return {
    handle,
    options,
    savedState: () => report,
    genericOperations: () =>
      ROUTES.filter((r) => r.emulation === 'generic').map((r) => ({
        method: r.method,
        path: r.pattern,
      })),
    async startFresh() {
      await ready
      await lock.run(async () => {
        activeStore = store
        deps!.store = store
        report = { status: 'fresh' }
        await store.save(deps!.bank.state)
      })
    },
    inspector,
    ready,
    clock: {
      offsetMs: () => deps?.bank.state.clockOffsetMs ?? 0,
      travel: (ms) => change((bank) => travel(bank, ms)),
      runDueSchedules: () => change((bank) => runDueSchedules(bank)),
    },
    openBunqmeTab: (shareUrl, payerEmail) => change((bank) => openTab(bank, shareUrl, payerEmail)),
    faults: {
      expireSessionsNow() {
        if (!deps) return
        const now = platform.now()
        for (const s of deps.bank.state.sessions) s.expiresAt = Math.min(s.expiresAt, now)
        void lock.run(() => activeStore.save(deps!.bank.state))
      },
      failNextWith429: () => void (faults.next429 = true),
      corruptNextSignature: () => void (faults.corruptNextSignature = true),
      async resetSandbox() {
        await ready
        await lock.run(async () => {
          generation++
          const state = await freshState(platform)
          deps!.bank.replaceState(state)
          ensureResidents(deps!.bank)
          deps!.bank.dirty = false
          deps!.limiter.clear()
          deps!.seenRequestIds.clear()
          inspector.clear()
          await activeStore.save(state)
        })
      },
    },
  }
}
