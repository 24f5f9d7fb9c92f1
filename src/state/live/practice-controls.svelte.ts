/**
 * The practice bank's fault switches for the "Practice bank controls" panel (issue 5: "each error
 * explainer reached through the practice bank's fault switches"). The bank is the page's own
 * in-page emulator, loaded lazily by the practice transport; these switches reach the same one.
 */
import type { PracticeBank } from '../../practice-bank'

export type FaultName =
  'expire-sessions' | 'fail-next-429' | 'corrupt-next-signature' | 'reset-sandbox'

const DONE: Record<FaultName, string> = {
  'expire-sessions':
    'Every session has expired: the next call with a session token gets “Insufficient authorisation.”',
  'fail-next-429': 'The next request will be answered 429 “Too many requests”.',
  'corrupt-next-signature': 'The next signed response will carry a wrong X-Bunq-Server-Signature.',
  'reset-sandbox':
    'The sandbox was reset: all users, keys, installations and money are gone, and the server key is new.',
}

export class PracticeControls {
  #message = $state<string | null>(null)
  #busy = $state(false)
  readonly #bank: () => Promise<PracticeBank>

  constructor(bank: () => Promise<PracticeBank>) {
    this.#bank = bank
  }

  /** What the last switch did, in one sentence. */
  get message() {
    return this.#message
  }
  get busy() {
    return this.#busy
  }

  async trigger(fault: FaultName): Promise<void> {
    this.#busy = true
    try {
      const bank = await this.#bank()
      if (fault === 'expire-sessions') bank.faults.expireSessionsNow()
      else if (fault === 'fail-next-429') bank.faults.failNextWith429()
      else if (fault === 'corrupt-next-signature') bank.faults.corruptNextSignature()
      else await bank.faults.resetSandbox()
      this.#message = DONE[fault]
    } finally {
      this.#busy = false
    }
  }
}
