/**
 * The practice clock for #/practice-bank (docs/decisions/0016): it reaches the page's own in-page
 * bank, like PracticeControls, and mirrors the clock's offset and the handler table as state.
 */
import type { PracticeBank } from '../../practice-bank'
import type { EmulatedOperation } from '../models/practice-clock'

function runs(n: number): string {
  return n === 0
    ? 'No scheduled payment was due.'
    : n === 1
      ? '1 scheduled payment ran.'
      : `${n} scheduled payments ran.`
}

export class PracticeClock {
  #ready = $state(false)
  #busy = $state(false)
  #offset = $state(0)
  #message = $state<string | null>(null)
  #operations = $state.raw<readonly EmulatedOperation[]>([])
  readonly #load: () => Promise<PracticeBank>

  constructor(bank: () => Promise<PracticeBank>) {
    this.#load = bank
  }

  get ready() {
    return this.#ready
  }
  get busy() {
    return this.#busy
  }
  /** How far the practice clock runs ahead of real time, in ms. */
  get offsetMs() {
    return this.#offset
  }
  /** What the last action did, in one sentence. */
  get message() {
    return this.#message
  }
  /** Every operation the bank answers, in handler-table order. */
  get operations() {
    return this.#operations
  }

  async load(): Promise<void> {
    await this.#work(async (bank) => {
      this.#operations = bank.emulates
      this.#ready = true
    })
  }

  /** Moves the clock forward by `ms` and runs what fell due. */
  async travel(ms: number): Promise<void> {
    await this.#work(async (bank) => {
      const n = await bank.clock.travel(ms)
      this.#message = `The practice clock moved forward. ${runs(n)}`
    })
  }

  async runDueSchedules(): Promise<void> {
    await this.#work(async (bank) => {
      this.#message = runs(await bank.clock.runDueSchedules())
    })
  }

  async #work(task: (bank: PracticeBank) => Promise<void>): Promise<void> {
    if (this.#busy) return
    this.#busy = true
    try {
      const bank = await this.#load()
      await task(bank)
      this.#offset = bank.clock.offsetMs()
    } catch (error) {
      this.#message = `The practice bank could not do that: ${(error as Error).message}`
    } finally {
      this.#busy = false
    }
  }
}
