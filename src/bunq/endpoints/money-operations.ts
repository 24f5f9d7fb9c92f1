import { createdId } from '../envelope'
import type { Page, PageQuery } from '../pagination'
import type { Amount, Pointer } from '../types'
import { accountCollection } from './account-collection'
import { accountPath, userPath, type EndpointCore } from './endpoint-core'
import { listOf } from './list-call'

/**
 * Money operations beyond one payment (bunq's spec: PaymentBatch, DraftPayment, SchedulePayment,
 * Schedule, BunqMeTab, MonetaryAccountSavings, MonetaryAccountBank update). Calls that execute
 * payments (a batch, accepting a draft) are signed like every call and, being POST/PUT, never
 * re-sent by themselves (docs/architecture.md, "never replay a signed POST").
 */
export interface PaymentEntry {
  amount: Amount
  counterparty_alias: Pointer
  description: string
}

export interface ScheduleInput {
  /** `YYYY-MM-DD hh:mm:ss` in UTC. */
  time_start: string
  time_end?: string
  recurrence_unit: 'ONCE' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'
  recurrence_size?: number
}

/** A read object: the spec's fields, typed loosely where the practice bank and bunq differ. */
export interface MoneyObject {
  id: number
  [field: string]: unknown
}

export interface DraftPayment extends MoneyObject {
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'CANCELLED' | string
  entries: (PaymentEntry & { counterparty_alias: { display_name?: string } })[]
}

export interface SchedulePayment extends MoneyObject {
  payment: PaymentEntry & { counterparty_alias: { display_name?: string } }
  schedule: ScheduleInput & { status?: string }
  status?: string
}

export interface BunqMeTab extends MoneyObject {
  status: string
  bunqme_tab_share_url: string
  bunqme_tab_entry: { amount_inquired: Amount; description: string }
  result_inquiries: { payment: { Payment: MoneyObject } }[]
}

export interface SavingsAccount extends MoneyObject {
  description: string
  balance: Amount
  status: string
  savings_goal: Amount | null
  savings_goal_progress?: number
}

const post = async (core: EndpointCore, path: string, body: unknown) =>
  createdId((await core.request({ method: 'POST', path, body })).envelope)

const BATCHES = accountCollection<MoneyObject>('payment-batch', 'PaymentBatch')
const DRAFTS = accountCollection<DraftPayment>('draft-payment', 'DraftPayment')
const SCHEDULED = accountCollection<SchedulePayment>('schedule-payment', 'SchedulePayment')
const TABS = accountCollection<BunqMeTab>('bunqme-tab', 'BunqMeTab')

export function createPaymentBatch(
  core: EndpointCore,
  accountId: number,
  payments: PaymentEntry[],
) {
  return BATCHES.create(core, accountId, { payments })
}

export function listPaymentBatches(core: EndpointCore, accountId: number, page?: PageQuery) {
  return BATCHES.list(core, accountId, page)
}

export function createDraftPayment(core: EndpointCore, accountId: number, entries: PaymentEntry[]) {
  return DRAFTS.create(core, accountId, { entries, number_of_required_accepts: 1 })
}

export function listDraftPayments(core: EndpointCore, accountId: number, page?: PageQuery) {
  return DRAFTS.list(core, accountId, page)
}

/** ACCEPTED pays the draft (once); REJECTED and CANCELLED move nothing. */
export function decideDraftPayment(
  core: EndpointCore,
  accountId: number,
  id: number,
  status: 'ACCEPTED' | 'REJECTED' | 'CANCELLED',
): Promise<void> {
  return DRAFTS.update(core, accountId, id, { status })
}

export function createSchedulePayment(
  core: EndpointCore,
  accountId: number,
  payment: PaymentEntry,
  schedule: ScheduleInput,
) {
  return SCHEDULED.create(core, accountId, { payment, schedule })
}

export function listSchedulePayments(core: EndpointCore, accountId: number, page?: PageQuery) {
  return SCHEDULED.list(core, accountId, page)
}

export async function cancelSchedulePayment(core: EndpointCore, accountId: number, id: number) {
  await core.request({
    method: 'DELETE',
    path: accountPath(core, accountId, `/schedule-payment/${id}`),
  })
}

export function createBunqmeTab(
  core: EndpointCore,
  accountId: number,
  amount: Amount,
  description: string,
) {
  return TABS.create(core, accountId, {
    bunqme_tab_entry: { amount_inquired: amount, description },
  })
}

export function getBunqmeTab(core: EndpointCore, accountId: number, id: number) {
  return TABS.get(core, accountId, id)
}

export function createSavingsAccount(core: EndpointCore, description: string, goal?: Amount) {
  const body: Record<string, unknown> = { currency: 'EUR', description }
  if (goal) body.savings_goal = goal
  return post(core, userPath(core, '/monetary-account-savings'), body)
}

export function listSavingsAccounts(
  core: EndpointCore,
  page?: PageQuery,
): Promise<Page<SavingsAccount>> {
  return listOf(core, userPath(core, '/monetary-account-savings'), 'MonetaryAccountSavings', page)
}

/** Closes a bank account; bunq refuses while the balance is not 0.00. */
export async function closeBankAccount(core: EndpointCore, accountId: number): Promise<void> {
  await core.request({
    method: 'PUT',
    path: userPath(core, `/monetary-account-bank/${accountId}`),
    body: {
      status: 'CANCELLED',
      sub_status: 'REDEMPTION_VOLUNTARY',
      reason: 'OTHER',
      reason_description: 'Closed',
    },
  })
}
