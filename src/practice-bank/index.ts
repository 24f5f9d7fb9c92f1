import { generateRsaKeyPair } from '../crypto/rsa'
import { privateKeyToPem, publicKeyToPem } from '../crypto/pem'
import { Bank, type BankPlatform } from './bank'
import { ROUTES } from './handlers'
import { Inspector } from './inspector'
import { Lock } from './lock'
import { defaultStore, type BankStore } from './persist'
import { processRequest, tryMatch, type PipelineDeps } from './pipeline'
import { answeredRoutes } from './answered-routes'
import { RateLimiter, limitFor } from './rate-limit'
import { ensureResidents } from './residents'
import { runDueSchedules, travel } from './practice-clock'
import { openTab } from './bunqme'
import { emptyState, type BankState } from './state'
import { SavedBank } from './saved-bank'
import { bytesToHex } from '../crypto/bytes'
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
    /** The practice clock's time (epoch ms): what schedules are due against. */
    now(): number
    /** Moves the practice clock forward and runs the schedules that became due; returns the runs. */
    travel(ms: number): Promise<number>
    /** Runs every due schedule instance now; returns how many ran. */
    runDueSchedules(): Promise<number>
  }
  /** Every operation the handler table answers (for the practice bank page's list). */
  emulates: readonly { method: string; pattern: string }[]
  /** Puts a bunq.me tab in front of a practice user (bunqme.ts); returns the RequestResponse id. */
  openBunqmeTab(shareUrl: string, payerEmail: string): Promise<number>
  /** Resolves when the saved state is loaded (or a fresh bank made). */
  ready: Promise<void>
  /**
   * Set when the saved bank could not be read: requests are refused until the user chooses to
   * export the damaged data or start fresh; nothing is overwritten before that choice.
   */
  damaged(): { reason: string } | null
  /** The damaged record exactly as stored (to save as a file). */
  exportDamaged(): string | null
  /** Replaces a damaged (or any) saved bank with a fresh one. */
  startFresh(): Promise<void>
  /** The operations answered by the generic engine (generic/routes.ts), in catalogue order. */
  genericOperations(): { method: string; path: string }[]
}

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
    newSecretKey(platform),
  )
}

/** The per-bank HMAC key for stored key and token hashes (secret-hash.ts). */
function newSecretKey(platform: BankPlatform): string {
  return bytesToHex(platform.randomBytes(32))
}

export function createPracticeBank(input: CreatePracticeBankOptions = {}): PracticeBank {
  const { platform = nodeOrBrowserPlatform(), store = defaultStore(), ...switches } = input
  const options = resolveOptions(switches)
  const inspector = new Inspector()
  const lock = new Lock()
  let generation = 0
  let deps: PipelineDeps | null = null
  const faults = { next429: false, corruptNextSignature: false }
  const saved = new SavedBank(store, () => newSecretKey(platform), platform)
  let damaged: { text: string; reason: string } | null = null
  // Every save goes through `saved`, so this tab knows which revision it wrote.
  const tracked: BankStore = { ...store, save: (state) => saved.save(state) }

  /** Another tab's write lands here before this tab changes anything (docs/decisions/0018). */
  async function reloadIfChanged(): Promise<void> {
    if (!deps || damaged || !(await saved.changedElsewhere())) return
    const read = await saved.read()
    if (read.kind === 'damaged') damaged = read
    if (read.kind !== 'ok') return
    deps.bank.replaceState(read.state)
    ensureResidents(deps.bank)
    if (read.migrated || deps.bank.dirty) await saved.save(deps.bank.state)
    deps.bank.dirty = false
  }

  /** One task at a time in this tab, under the write lock of all tabs, on the latest state. */
  const run = <T>(task: () => Promise<T>): Promise<T> =>
    lock.run(() =>
      saved.exclusive(async () => {
        await reloadIfChanged()
        return task()
      }),
    )

  const ready = saved.exclusive(async () => {
    const read = await saved.read().catch((error: Error) => ({
      kind: 'damaged' as const,
      text: '',
      reason: `it could not be read: ${error.message}`,
    }))
    if (read.kind === 'damaged') damaged = read
    const state = read.kind === 'ok' ? read.state : await freshState(platform)
    const bank = new Bank(state, options, platform)
    bank.onCallback = (target_url, category, body) =>
      inspector.callback({ at: platform.now(), target_url, category, body })
    bank.defer = (delayMs, task) => {
      const born = generation
      void platform.sleep(delayMs).then(() =>
        run(async () => {
          if (born !== generation || damaged) return // the sandbox was reset meanwhile
          task()
          if (bank.dirty) await saved.save(bank.state)
          bank.dirty = false
        }),
      )
    }
    ensureResidents(bank)
    // A damaged record is never overwritten before the user chose (exportDamaged / startFresh).
    const migrated = read.kind === 'ok' && read.migrated
    if (!damaged && (read.kind === 'none' || migrated || bank.dirty)) await saved.save(state)
    bank.dirty = false
    const limiter = new RateLimiter()
    deps = {
      bank,
      routes: ROUTES,
      limiter,
      inspector,
      store: tracked,
      faults,
      seenRequestIds: new Map(),
    }
  })

  async function handle(request: Request): Promise<Response> {
    await ready
    const d = deps!
    let counted = false
    if (options.rateLimits === 'delay') {
      const match = tryMatch(answeredRoutes(d.routes, options), request)
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
    return run(async () => {
      if (damaged) return damagedResponse(damaged.reason)
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
    return run(async () => {
      if (damaged) throw new Error(DAMAGED_TEXT)
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
    inspector,
    ready,
    emulates: ROUTES.map(({ method, pattern }) => ({ method, pattern })),
    clock: {
      offsetMs: () => deps?.bank.state.clockOffsetMs ?? 0,
      now: () => deps?.bank.now() ?? platform.now(),
      travel: (ms) => change((bank) => travel(bank, ms)),
      runDueSchedules: () => change((bank) => runDueSchedules(bank)),
    },
    openBunqmeTab: (shareUrl, payerEmail) => change((bank) => openTab(bank, shareUrl, payerEmail)),
    faults: {
      expireSessionsNow() {
        if (!deps) return
        const expire = () => {
          const now = platform.now()
          for (const s of deps!.bank.state.sessions) s.expiresAt = Math.min(s.expiresAt, now)
        }
        expire() // at once in this tab, and again on the latest state under the lock
        void run(async () => {
          if (damaged) return
          expire()
          await saved.save(deps!.bank.state)
        })
      },
      failNextWith429: () => void (faults.next429 = true),
      corruptNextSignature: () => void (faults.corruptNextSignature = true),
      resetSandbox: () => startFresh(),
    },
    damaged: () => (damaged ? { reason: damaged.reason } : null),
    genericOperations: () =>
      ROUTES.filter((r) => r.emulation === 'generic').map((r) => ({
        method: r.method,
        path: r.pattern,
      })),
    exportDamaged: () => damaged?.text ?? null,
    startFresh,
  }

  /** A new bank (sandbox reset, or the user's choice after a damaged record), saved at once. */
  async function startFresh(): Promise<void> {
    await ready
    await run(async () => {
      generation++
      const state = await freshState(platform)
      deps!.bank.replaceState(state)
      ensureResidents(deps!.bank)
      deps!.bank.dirty = false
      deps!.limiter.clear()
      deps!.seenRequestIds.clear()
      inspector.clear()
      await saved.save(deps!.bank.state)
      damaged = null
    })
  }
}

const DAMAGED_TEXT =
  'The saved practice bank could not be read. Open Practice bank to save the damaged data to a file or start a fresh practice bank.'

/** What every call gets while the saved bank is damaged: a clear refusal, in bunq's envelope. */
function damagedResponse(reason: string): Response {
  const text = `${DAMAGED_TEXT} The saved record is damaged: ${reason}.`
  const body = JSON.stringify({
    Error: [{ error_description: text, error_description_translated: text }],
  })
  return new Response(body, { status: 503, headers: { 'Content-Type': 'application/json' } })
}
