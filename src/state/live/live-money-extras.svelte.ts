/**
 * Money beyond the payment lists, for the selected account of the visible user: savings accounts,
 * scheduled payments and pending draft payments with accept / reject (bunq's spec:
 * MonetaryAccountSavings, SchedulePayment, DraftPayment). The accounts model owns it: it loads with
 * the accounts and clears with them on a context switch (docs/decisions/0023). A decision is a
 * signed PUT sent once, never re-sent by itself (docs/architecture.md, "never replay a signed POST").
 */
import type {
  DraftPayment,
  SavingsAccount,
  SchedulePayment,
} from '../../bunq/endpoints/money-operations'
import type { DraftItem, SavingsItem, ScheduledItem } from '../models/accounts'
import { IDLE, type ActionState, type UiError } from '../models/base'
import { track, toUiError } from '../ui-error'
import type { Workspace } from './workspace.svelte'

/** What the extras need of the accounts model: the selected account and a balance refresh. */
export interface ExtrasOwner {
  readonly selectedId: number | null
  refresh(): Promise<void>
}

const name = (alias: { display_name?: string; name?: string; value?: string }) =>
  alias.display_name || alias.name || alias.value || 'unknown'

function toSavings(a: SavingsAccount): SavingsItem {
  return { id: a.id, description: a.description, balance: a.balance, goal: a.savings_goal ?? null }
}
const NOUN: Record<string, string> = {
  HOURLY: 'hour',
  DAILY: 'day',
  WEEKLY: 'week',
  MONTHLY: 'month',
  YEARLY: 'year',
}

/** "once", "weekly", "every 2 months". */
function recurrence(unit: string, size = 1): string {
  if (unit === 'ONCE' || !NOUN[unit]) return 'once'
  return size === 1 ? unit.toLowerCase() : `every ${size} ${NOUN[unit]}s`
}

function toScheduled(s: SchedulePayment): ScheduledItem {
  return {
    id: s.id,
    amount: s.payment.amount,
    counterpartyName: name(s.payment.counterparty_alias),
    description: s.payment.description,
    start: s.schedule.time_start,
    recurrence: recurrence(s.schedule.recurrence_unit, s.schedule.recurrence_size),
    status: s.status ?? s.schedule.status ?? 'ACTIVE',
  }
}
/** A draft with several entries shows their sum and the first counterparty. */
function toDraft(d: DraftPayment): DraftItem {
  const cents = d.entries.reduce((sum, e) => sum + Math.round(Number(e.amount.value) * 100), 0)
  const first = d.entries[0]
  return {
    id: d.id,
    amount: { value: (cents / 100).toFixed(2), currency: first?.amount.currency ?? 'EUR' },
    counterpartyName: first ? name(first.counterparty_alias) : 'nobody',
    description: d.entries
      .map((e) => e.description)
      .filter(Boolean)
      .join(', '),
  }
}

export class LiveMoneyExtras {
  #savings = $state.raw<SavingsItem[]>([])
  #scheduled = $state.raw<ScheduledItem[]>([])
  #drafts = $state.raw<DraftItem[]>([])
  #error = $state<UiError | null>(null)
  #decision = $state<ActionState>(IDLE)
  /** The draft whose decision is on its way: a second click sends nothing. */
  #deciding = $state<number | null>(null)
  readonly #ws: Workspace
  readonly #owner: ExtrasOwner

  constructor(workspace: Workspace, owner: ExtrasOwner) {
    this.#ws = workspace
    this.#owner = owner
  }

  get savings() {
    return this.#savings
  }
  get scheduled() {
    return this.#scheduled
  }
  get drafts() {
    return this.#drafts
  }
  get error() {
    return this.#error
  }
  get decisionState() {
    return this.#decision
  }
  get deciding() {
    return this.#deciding
  }

  #scope(): string | null {
    const session = this.#ws.context?.session
    return session ? `${this.#ws.meta?.id}:${session.userId}` : null
  }

  /** Nothing of the previous context stays (the accounts model calls this on a switch). */
  clear(): void {
    this.#savings = []
    this.#scheduled = []
    this.#drafts = []
    this.#error = null
    this.#decision = IDLE
    this.#deciding = null
  }

  /** Loads the three lists for this account; a failure becomes `error`, the lists stay. */
  async load(accountId: number): Promise<void> {
    const scope = this.#scope()
    try {
      const client = await this.#ws.client()
      const [savings, scheduled, drafts] = await Promise.all([
        client.savingsAccounts.list({ count: 50 }),
        client.schedulePayments.list(accountId, { count: 50 }),
        client.draftPayments.list(accountId, { count: 50 }),
      ])
      if (scope !== this.#scope()) return
      this.#savings = savings.items.map(toSavings)
      this.#scheduled = scheduled.items.map(toScheduled)
      this.#drafts = drafts.items.filter((d) => d.status === 'PENDING').map(toDraft)
      this.#error = null
    } catch (error) {
      if (scope === this.#scope()) this.#error = toUiError(error)
    }
  }

  /** PUT .../draft-payment/{id} status ACCEPTED: pays it (once), then the balance reloads. */
  accept(id: number) {
    return this.#decide(id, 'accept')
  }
  /** PUT .../draft-payment/{id} status REJECTED: moves nothing. */
  reject(id: number) {
    return this.#decide(id, 'reject')
  }

  async #decide(id: number, how: 'accept' | 'reject') {
    if (this.#deciding !== null) return
    const accountId = this.#owner.selectedId
    const draft = this.#drafts.find((d) => d.id === id)
    if (accountId === null || !draft) return
    this.#deciding = id
    try {
      await track(
        (state) => (this.#decision = state),
        async () => {
          const client = await this.#ws.client()
          await client.draftPayments[how](accountId, id)
          await this.#owner.refresh() // reloads the balance and these lists
          const sum = `${draft.amount.value} ${draft.amount.currency}`
          return how === 'accept'
            ? `Draft #${id} accepted: paid ${sum} to ${draft.counterpartyName}.`
            : `Draft #${id} rejected: nothing was paid.`
        },
      )
    } finally {
      this.#deciding = null
    }
  }
}
