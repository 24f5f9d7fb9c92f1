/**
 * State of the money operations beyond a single payment (docs/decisions/0016): batches, drafts,
 * schedules and their instances, bunq.me tabs, and the practice clock. Plain JSON like state.ts;
 * money is integer cents, times epoch milliseconds (on the practice clock, see practice-clock.ts).
 */

/** A counterparty as bunq addresses it (docs/protocol.md §10.3); state.ts re-exports it. */
export interface PointerData {
  type: 'EMAIL' | 'PHONE_NUMBER' | 'IBAN'
  value: string
  name: string
}

/** One payment to make later or in a group: what was asked, resolved when it was accepted. */
export interface EntryData {
  amount: number
  description: string
  /** The practice account paid, or null for Sugar Daddy (money.ts Counterparty). */
  counterpartyAccountId: number | null
  pointer: PointerData
}

export interface BatchData {
  id: number
  created: number
  accountId: number
  paymentIds: number[]
}

export type DraftStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'CANCELLED'

export interface DraftData {
  id: number
  created: number
  updated: number
  accountId: number
  status: DraftStatus
  entries: EntryData[]
  /** The payer-side payments made when it was accepted (empty until then, and forever if not). */
  paymentIds: number[]
}

export type RecurrenceUnit = 'ONCE' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'

export interface ScheduleData {
  id: number
  created: number
  updated: number
  accountId: number
  /** schedule-payment holds one entry, schedule-payment-batch several. */
  kind: 'payment' | 'batch'
  entries: EntryData[]
  timeStart: number
  timeEnd: number | null
  unit: RecurrenceUnit
  size: number
  status: 'ACTIVE' | 'FINISHED' | 'CANCELLED'
  /** When the next instance is due; null once finished or cancelled. */
  nextRun: number | null
}

export interface ScheduleInstanceData {
  id: number
  scheduleId: number
  accountId: number
  timeStart: number
  timeEnd: number
  state: 'FINISHED_SUCCESSFULLY' | 'FAILED_USER_ERROR'
  error: string | null
  paymentIds: number[]
}

export interface TabData {
  id: number
  created: number
  updated: number
  accountId: number
  uuid: string
  status: 'WAITING_FOR_PAYMENT' | 'CANCELLED' | 'EXPIRED'
  amount: number
  description: string
  redirectUrl: string | null
  expiry: number
  /** Incoming payments made to the tab (result_inquiries). */
  paymentIds: number[]
}

export interface CardData {
  id: number
  created: number
  updated: number
  userId: number
  publicUuid: string
  type: 'MAESTRO' | 'MASTERCARD'
  productType: string
  secondLine: string
  nameOnCard: string
  status: 'ACTIVE' | 'DEACTIVATED' | 'LOST' | 'STOLEN' | 'CANCELLED'
  fourDigit: string
  /** Cents; the card's daily spending limit. */
  limit: number
  /** PIN assignment as data only: which account each routing type pays from (no PIN kept). */
  pinAssignments: { type: string; monetaryAccountId: number }[]
}

export interface NoteData {
  id: number
  created: number
  updated: number
  paymentId: number
  userId: number
  content: string
}

export interface PushFilterData {
  id: number
  userId: number
  category: string
}

export interface OauthClientData {
  id: number
  created: number
  userId: number
  status: 'ACTIVE' | 'CANCELLED'
  displayName: string
  clientId: string
  secret: string
  callbackUrls: { id: number; url: string }[]
}

/**
 * A customer-statement export (swagger ExportStatement; docs/decisions/0028). Only what was asked
 * is kept: the content is rebuilt from the ledger on each download, from the payments booked
 * before the statement was made (ids are allocated in order, so `id` is the cut-off).
 */
export interface StatementData {
  id: number
  created: number
  accountId: number
  format: 'CSV' | 'MT940'
  /** `YYYY-MM-DD`, inclusive, in UTC. */
  dateStart: string
  dateEnd: string
  regionalFormat: 'UK_US' | 'EUROPEAN' | null
  /** Counts the statements of the account from 1 (swagger: unique per monetary account). */
  statementNumber: number
}

/** The collections above, as BankState carries them. */
export interface MoneyCollections {
  batches: BatchData[]
  drafts: DraftData[]
  schedules: ScheduleData[]
  scheduleInstances: ScheduleInstanceData[]
  tabs: TabData[]
  cards: CardData[]
  notes: NoteData[]
  pushFilters: PushFilterData[]
  oauthClients: OauthClientData[]
  statements: StatementData[]
  /** How far the practice clock runs ahead of the real one (time travel), in ms. */
  clockOffsetMs: number
}

export function emptyMoneyCollections(): MoneyCollections {
  return {
    batches: [],
    drafts: [],
    schedules: [],
    scheduleInstances: [],
    tabs: [],
    cards: [],
    notes: [],
    pushFilters: [],
    oauthClients: [],
    statements: [],
    clockOffsetMs: 0,
  }
}

/** Fills in what a state saved before these operations existed lacks. */
export function withMoneyCollections<T extends Partial<MoneyCollections>>(
  state: T,
): T & MoneyCollections {
  const empty = emptyMoneyCollections()
  for (const key of Object.keys(empty) as (keyof MoneyCollections)[]) {
    if (state[key] === undefined) (state as Record<string, unknown>)[key] = empty[key]
  }
  return state as T & MoneyCollections
}
