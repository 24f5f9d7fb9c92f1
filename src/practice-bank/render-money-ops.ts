import type { Bank } from './bank'
import { bunqTime, money } from './format'
import { label, renderPayment } from './render-money'
import type {
  BatchData,
  DraftData,
  EntryData,
  ScheduleData,
  ScheduleInstanceData,
  TabData,
} from './state-money'

/**
 * Batches, drafts, schedules and bunq.me tabs as bunq returns them (field names from swagger
 * PaymentBatchRead, DraftPaymentRead, SchedulePaymentRead, ScheduleRead, ScheduleInstanceRead,
 * BunqMeTabRead). Where the spec's Read object has no id, `id`, `created` and `updated` are added
 * all the same: without them a list cannot name what to fetch or delete (docs/decisions/0016).
 */
function stamp(o: { id: number; created: number; updated?: number }) {
  return { id: o.id, created: bunqTime(o.created), updated: bunqTime(o.updated ?? o.created) }
}

function payments(bank: Bank, ids: number[]): Record<string, unknown>[] {
  return ids.map(
    (id) =>
      renderPayment(
        bank,
        bank.state.payments.find((p) => p.id === id)!,
      ).Payment as Record<string, unknown>,
  )
}

export function renderBatch(bank: Bank, b: BatchData): Record<string, unknown> {
  return { PaymentBatch: { ...stamp(b), payments: { Payment: payments(bank, b.paymentIds) } } }
}

export function renderEntry(bank: Bank, accountId: number, e: EntryData): Record<string, unknown> {
  const currency = bank.account(accountId).currency
  return {
    amount: money(e.amount, currency),
    alias: label(bank, accountId, null),
    counterparty_alias: label(
      bank,
      e.counterpartyAccountId,
      e.counterpartyAccountId === null ? e.pointer : null,
    ),
    description: e.description,
    merchant_reference: null,
    attachment: [],
  }
}

export function renderDraft(bank: Bank, d: DraftData): Record<string, unknown> {
  return {
    DraftPayment: {
      ...stamp(d),
      monetary_account_id: d.accountId,
      user_alias_created: label(bank, d.accountId, null).label_user,
      responses: [],
      status: d.status,
      type: 'MONETARY_ACCOUNT',
      entries: d.entries.map((e, i) => ({
        id: d.id * 100 + i,
        type: 'BUNQ',
        ...renderEntry(bank, d.accountId, e),
      })),
      object: d.paymentIds.length > 0 ? { Payment: payments(bank, d.paymentIds)[0] } : null,
      request_reference_split_the_bill: [],
      schedule: null,
    },
  }
}

export function renderScheduleBody(bank: Bank, s: ScheduleData): Record<string, unknown> {
  const anchor =
    s.kind === 'payment'
      ? { Payment: renderEntry(bank, s.accountId, s.entries[0]) }
      : { PaymentBatch: { payments: s.entries.map((e) => renderEntry(bank, s.accountId, e)) } }
  return {
    time_start: bunqTime(s.timeStart),
    time_end: s.timeEnd === null ? null : bunqTime(s.timeEnd),
    recurrence_unit: s.unit,
    recurrence_size: s.size,
    status: s.status,
    object: anchor,
  }
}

export function renderSchedulePayment(bank: Bank, s: ScheduleData): Record<string, unknown> {
  if (s.kind === 'batch') {
    return {
      SchedulePaymentBatch: {
        ...stamp(s),
        payments: s.entries.map((e) => renderEntry(bank, s.accountId, e)),
        schedule: renderScheduleBody(bank, s),
      },
    }
  }
  return {
    SchedulePayment: {
      ...stamp(s),
      payment: renderEntry(bank, s.accountId, s.entries[0]),
      schedule: renderScheduleBody(bank, s),
      status: s.status,
      purpose: 'PAYMENT',
    },
  }
}

export function renderSchedule(bank: Bank, s: ScheduleData): Record<string, unknown> {
  return { Schedule: { ...stamp(s), ...renderScheduleBody(bank, s) } }
}

export function renderInstance(bank: Bank, i: ScheduleInstanceData): Record<string, unknown> {
  const schedule = bank.state.schedules.find((s) => s.id === i.scheduleId)!
  const made = payments(bank, i.paymentIds)
  return {
    ScheduleInstance: {
      id: i.id,
      created: bunqTime(i.timeStart),
      updated: bunqTime(i.timeEnd),
      state: i.state,
      time_start: bunqTime(i.timeStart),
      time_end: bunqTime(i.timeEnd),
      error_message:
        i.error === null
          ? []
          : [{ error_description: i.error, error_description_translated: i.error }],
      scheduled_object: renderScheduleBody(bank, schedule).object,
      result_object:
        made.length === 0
          ? null
          : schedule.kind === 'payment'
            ? { Payment: made[0] }
            : { PaymentBatch: { payments: { Payment: made } } },
      request_reference_split_the_bill: [],
    },
  }
}

export function tabShareUrl(t: TabData): string {
  return `https://bunq.me/t/${t.uuid}`
}

export function renderTab(bank: Bank, t: TabData): Record<string, unknown> {
  const currency = bank.account(t.accountId).currency
  const own = label(bank, t.accountId, null)
  return {
    BunqMeTab: {
      ...stamp(t),
      time_expiry: bunqTime(t.expiry),
      monetary_account_id: t.accountId,
      status: t.status,
      type: 'BUNQ_ME_TAB',
      alias_monetary_account: own,
      bunqme_tab_share_url: tabShareUrl(t),
      bunqme_tab_entry: {
        uuid: t.uuid,
        amount_inquired: money(t.amount, currency),
        alias: own,
        description: t.description,
        status: t.status,
        redirect_url: t.redirectUrl,
        merchant_available: [],
        invite_profile_name: own.display_name,
      },
      bunqme_tab_entries: [],
      result_inquiries: payments(bank, t.paymentIds).map((payment) => ({
        payment: { Payment: payment },
        bunq_me_tab_id: t.id,
      })),
    },
  }
}
