/** A MoneyExtrasModel over sample data: one savings account, one schedule, one pending draft. */
import {
  IDLE,
  type ActionState,
  type DraftItem,
  type MoneyExtrasModel,
  type SavingsItem,
  type ScheduledItem,
} from '../../../src/state/models'

export class FakeMoneyExtras implements MoneyExtrasModel {
  #drafts = $state<DraftItem[]>([
    {
      id: 31,
      amount: { value: '12.50', currency: 'EUR' },
      counterpartyName: 'Bo Fakename',
      description: 'Concert tickets',
    },
  ])
  #decision = $state<ActionState>(IDLE)
  readonly savings: SavingsItem[] = [
    {
      id: 120,
      description: 'Emergency fund',
      balance: { value: '0.00', currency: 'EUR' },
      goal: { value: '500.00', currency: 'EUR' },
    },
  ]
  readonly scheduled: ScheduledItem[] = [
    {
      id: 7,
      amount: { value: '25.00', currency: 'EUR' },
      counterpartyName: 'Bo Fakename',
      description: 'Rent share',
      start: '2026-01-01 09:00:00',
      recurrence: 'monthly',
      status: 'ACTIVE',
    },
  ]
  readonly error = null
  readonly deciding = null

  constructor(empty = false) {
    if (empty) {
      this.#drafts = []
      this.savings.length = 0
      this.scheduled.length = 0
    }
  }

  get drafts() {
    return this.#drafts
  }
  get decisionState() {
    return this.#decision
  }
  async accept(id: number) {
    this.#drafts = this.#drafts.filter((d) => d.id !== id)
    this.#decision = { status: 'done', message: `Draft #${id} accepted.`, error: null }
  }
  async reject(id: number) {
    this.#drafts = this.#drafts.filter((d) => d.id !== id)
    this.#decision = { status: 'done', message: `Draft #${id} rejected.`, error: null }
  }
}
