/**
 * The practice bank's controls for the #/practice-bank route: fault switches,
 * resetting the practice bank, and a way to reach each error explainer. The
 * bank is the page's own in-page emulator, loaded lazily by the practice transport; these
 * controls reach the same instance. Switch values live in the bank's `options` (a live object:
 * the next request obeys it) and are mirrored here as state; they last until the page reloads.
 */
import type { PracticeBank } from '../../practice-bank'
import type { PracticeCallbackRow, PracticeFault, PracticeRequestRow } from '../models/practice'
import { PracticeClock } from './practice-clock.svelte'

const DONE: Record<PracticeFault, string> = {
  'expire-sessions':
    'Every session has expired: the next call with a session token gets “Insufficient authorisation.”',
  'fail-next-429': 'The next request will be answered 429 “Too many requests”.',
  'corrupt-next-signature': 'The next signed response will carry a wrong X-Bunq-Server-Signature.',
}

/** bunq's two texts for a token it will not accept (docs/protocol.md §8). */
const EXPIRED_TEXT = { 401: 'Insufficient authorisation.', 403: 'Insufficient authentication.' }

/** How many inspector rows the view shows (the bank keeps 200). */
const SHOWN = 25

export class PracticeControls {
  #message = $state<string | null>(null)
  #busy = $state(false)
  #ready = $state(false)
  #rateLimits = $state(true)
  #delay = $state(1000)
  #expired = $state<401 | 403>(401)
  #genericAnswers = $state(true)
  #requests = $state.raw<readonly PracticeRequestRow[]>([])
  #callbacks = $state.raw<readonly PracticeCallbackRow[]>([])
  #generic = $state.raw<readonly { method: string; path: string }[]>([])
  #bank: PracticeBank | null = null
  #damaged = $state<string | null>(null)
  readonly #load: () => Promise<PracticeBank>

  /** The practice clock and the emulated-operations list (docs/decisions/0016). */
  readonly clock: PracticeClock

  constructor(bank: () => Promise<PracticeBank>) {
    this.#load = bank
    this.clock = new PracticeClock(bank)
  }

  /** False until the lazily loaded bank is ready (load()). */
  get ready() {
    return this.#ready
  }
  /** What the last switch did, in one sentence. */
  get message() {
    return this.#message
  }
  get busy() {
    return this.#busy
  }
  get rateLimits() {
    return this.#rateLimits
  }
  get sugarDaddyDelayMs() {
    return this.#delay
  }
  /** The status of "Insufficient authorisation." (401) or "Insufficient authentication." (403). */
  get expiredSessionStatus() {
    return this.#expired
  }
  /**
   * Schema-made answers: whether the generic engine answers the operations without a hand-made
   * emulation, or the bank refuses them as not emulated (docs/decisions/0024).
   */
  get genericAnswers() {
    return this.#genericAnswers
  }
  /** Newest first. */
  get requests() {
    return this.#requests
  }
  get callbacks() {
    return this.#callbacks
  }
  /**
   * The operations of bunq's spec the practice bank answers with its generic engine (no bunq
   * semantics; docs/decisions/0021-generic-engine.md), from the catalogue minus the handler table.
   */
  get genericOperations() {
    return this.#generic
  }
  /** Why the saved bank could not be read, or null (docs/decisions/0018). */
  get damaged() {
    return this.#damaged
  }

  /** The damaged record as stored, to save as a file. */
  exportDamaged(): string | null {
    return this.#bank?.exportDamaged() ?? null
  }

  /** Replaces the damaged record with a fresh practice bank. */
  async startFresh(): Promise<void> {
    await this.#work(async () => {
      await (await this.#get()).startFresh()
      this.#damaged = null
      this.refreshInspector()
      this.#message = 'A fresh practice bank is ready: create a new sandbox user to start again.'
    })
  }

  /** Loads the bank (once) and reads its current switches. */
  async load(): Promise<void> {
    await this.#work(async () => {
      const bank = await this.#get()
      this.#rateLimits = bank.options.rateLimits !== 'off'
      this.#delay = bank.options.sugarDaddyDelayMs
      this.#expired = bank.options.expiredSessionError.status === 403 ? 403 : 401
      this.#genericAnswers = bank.options.genericAnswers
      this.#generic = bank.genericOperations()
      this.#damaged = bank.damaged()?.reason ?? null
      this.#ready = true
      this.refreshInspector()
    })
  }

  async trigger(fault: PracticeFault): Promise<void> {
    await this.#work(async () => {
      const bank = await this.#get()
      if (fault === 'expire-sessions') bank.faults.expireSessionsNow()
      else if (fault === 'fail-next-429') bank.faults.failNextWith429()
      else bank.faults.corruptNextSignature()
      this.#message = DONE[fault]
    })
  }

  /** All users, keys and money gone, its saved state replaced; call after confirmation. */
  async reset(): Promise<void> {
    await this.#work(async () => {
      await (await this.#get()).faults.resetSandbox()
      this.refreshInspector()
      this.#message =
        'The practice bank was reset: all users, keys, installations and money are gone, and its server key is new. Contexts in your vault now point at users that no longer exist: create new sandbox users.'
    })
  }

  setRateLimits(on: boolean): void {
    if (!this.#bank) return
    this.#bank.options.rateLimits = on ? 'enforce' : 'off'
    this.#rateLimits = on
  }

  setSugarDaddyDelayMs(ms: number): void {
    if (!this.#bank || !Number.isFinite(ms)) return
    const value = Math.min(30_000, Math.max(0, Math.round(ms)))
    this.#bank.options.sugarDaddyDelayMs = value
    this.#delay = value
  }

  setExpiredSessionStatus(status: 401 | 403): void {
    if (!this.#bank) return
    this.#bank.options.expiredSessionError = { status, text: EXPIRED_TEXT[status] }
    this.#expired = status
  }

  setGenericAnswers(on: boolean): void {
    if (!this.#bank) return
    this.#bank.options.genericAnswers = on
    this.#genericAnswers = on
  }

  /** Copies the inspector's latest rows into view. */
  refreshInspector(): void {
    const inspector = this.#bank?.inspector
    if (!inspector) return
    this.#requests = inspector.requests
      .slice(-SHOWN)
      .reverse()
      .map((r) => ({
        at: r.at,
        method: r.method,
        path: r.path,
        status: r.status,
        signature: r.signature,
        signatureRequired: r.signatureRequired,
        errorText: r.errorText,
      }))
    this.#callbacks = inspector.callbacks
      .slice(-SHOWN)
      .reverse()
      .map((c) => ({ at: c.at, targetUrl: c.target_url, category: c.category }))
  }

  async #get(): Promise<PracticeBank> {
    this.#bank ??= await this.#load()
    return this.#bank
  }

  async #work(task: () => Promise<void>): Promise<void> {
    this.#busy = true
    try {
      await task()
    } catch (error) {
      this.#message = `The practice bank could not do that: ${(error as Error).message}`
    } finally {
      this.#busy = false
    }
  }
}
