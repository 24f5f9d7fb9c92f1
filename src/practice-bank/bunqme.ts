import type { Bank } from './bank'
import { badRequest, notFound } from './bank-error'
import { recordEvent } from './money'
import { pendingResponse } from './pending-response'
import { renderTab } from './render-money-ops'
import type { InquiryData, PaymentData } from './state'
import type { TabData } from './state-money'

/**
 * Paying a bunq.me tab (docs/decisions/0016). In bunq a payer opens the share URL in their app,
 * which puts a request to pay in front of them; here `openTab` does that for a practice user (a
 * cast member or any user of this bank): it makes a RequestInquiry on the tab's account and a
 * PENDING RequestResponse on the payer's account. The payer accepts it with the usual signed PUT
 * (handlers/request-response.ts), which pays through the ledger and adds the payment to the tab's
 * result_inquiries (`tabPaid`).
 */
export function findTab(bank: Bank, shareUrlOrUuid: string): TabData {
  const uuid = shareUrlOrUuid.trim().replace(/^https:\/\/bunq\.me\/t\//, '')
  const tab = bank.state.tabs.find((t) => t.uuid === uuid)
  if (!tab) throw notFound('BunqMeTab')
  return tab
}

/** Puts the tab in front of the practice user with `payerEmail`; returns the RequestResponse id. */
export function openTab(bank: Bank, shareUrlOrUuid: string, payerEmail: string): number {
  const tab = findTab(bank, shareUrlOrUuid)
  if (tab.status !== 'WAITING_FOR_PAYMENT') throw badRequest(`The bunq.me tab is ${tab.status}.`)
  const user = bank.state.users.find((u) => u.email.toLowerCase() === payerEmail.toLowerCase())
  const payer = user && bank.accountsOf(user.id).find((a) => a.status === 'ACTIVE')
  if (!payer) throw badRequest('The payer is not a practice user with an active account.')
  if (payer.id === tab.accountId) throw badRequest('A tab cannot be paid from its own account.')
  const now = bank.now()
  const q: InquiryData = {
    id: bank.nextId(),
    created: now,
    updated: now,
    accountId: tab.accountId,
    amount: tab.amount,
    amountResponded: null,
    description: tab.description,
    status: 'PENDING',
    counterpartyAccountId: payer.id,
    counterpartyPointer: null,
    responseId: null,
    timeResponded: null,
    allowBunqme: true,
    tabId: tab.id,
  }
  bank.state.inquiries.push(q)
  return pendingResponse(bank, q, payer, now).id
}

/** Called when a request linked to a tab was paid: the payee-side payment joins the tab. */
export function tabPaid(bank: Bank, q: InquiryData, payeeSide: PaymentData | undefined): void {
  if (q.tabId === undefined || !payeeSide) return
  const tab = bank.state.tabs.find((t) => t.id === q.tabId)
  if (!tab) return
  tab.paymentIds.push(payeeSide.id)
  tab.updated = bank.now()
  recordEvent(
    bank,
    {
      userId: bank.account(tab.accountId).userId,
      accountId: tab.accountId,
      action: 'UPDATE',
      objectType: 'BunqMeTab',
      objectId: tab.id,
    },
    ['BUNQME_TAB'],
    'BUNQME_TAB_RESULT_INQUIRY_CREATED',
    renderTab(bank, tab),
  )
}
