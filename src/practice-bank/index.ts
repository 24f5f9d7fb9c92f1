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
import { emptyState, type BankState } from './state'
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
  /** Resolves when the saved state is loaded (or a fresh bank made). */
  ready: Promise<void>
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

  const ready = (async () => {
    const saved = await store.load().catch(() => null)
    const state = saved?.version === 1 ? saved : await freshState(platform)
    const bank = new Bank(state, options, platform)
    bank.onCallback = (target_url, category, body) =>
      inspector.callback({ at: platform.now(), target_url, category, body })
    bank.defer = (delayMs, task) => {
      const born = generation
      void platform.sleep(delayMs).then(() =>
        lock.run(async () => {
          if (born !== generation) return // the sandbox was reset meanwhile
          task()
          if (bank.dirty) await store.save(bank.state)
          bank.dirty = false
        }),
      )
    }
    ensureResidents(bank)
    if (!saved || bank.dirty) await store.save(state)
    bank.dirty = false
    const limiter = new RateLimiter()
    deps = { bank, routes: ROUTES, limiter, inspector, store, faults, seenRequestIds: new Map() }
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
    return lock.run(() => processRequest(d, request, counted))
  }

  return {
    handle,
    options,
    inspector,
    ready,
    faults: {
      expireSessionsNow() {
        if (!deps) return
        const now = platform.now()
        for (const s of deps.bank.state.sessions) s.expiresAt = Math.min(s.expiresAt, now)
        void lock.run(() => store.save(deps!.bank.state))
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
          await store.save(state)
        })
      },
    },
  }
}
