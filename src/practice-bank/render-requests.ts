import type { Bank } from './bank'
import { bunqTime, money } from './format'
import { label } from './render-money'
import type { InquiryData, ResponseData } from './state'

/**
 * RequestInquiry and RequestResponse as bunq returns them (swagger RequestInquiry,
 * RequestResponse; docs/protocol.md §10.2). Unused optional members are null, as bunq sends them.
 */
const time = (t: number | null) => (t === null ? null : bunqTime(t))

export function renderInquiry(bank: Bank, q: InquiryData): Record<string, unknown> {
  const account = bank.account(q.accountId)
  const own = label(bank, q.accountId, null)
  return {
    RequestInquiry: {
      id: q.id,
      created: bunqTime(q.created),
      updated: bunqTime(q.updated),
      time_responded: time(q.timeResponded),
      time_expiry: null,
      monetary_account_id: q.accountId,
      amount_inquired: money(q.amount, account.currency),
      amount_responded:
        q.amountResponded === null ? null : money(q.amountResponded, account.currency),
      user_alias_created: own.label_user,
      user_alias_revoked: q.status === 'REVOKED' ? own.label_user : null,
      counterparty_alias: label(bank, q.counterpartyAccountId, q.counterpartyPointer),
      description: q.description,
      merchant_reference: null,
      attachment: [],
      status: q.status,
      batch_id: null,
      scheduled_id: null,
      minimum_age: null,
      require_address: 'NONE',
      bunqme_share_url: null,
      redirect_url: null,
      address_shipping: null,
      address_billing: null,
      geolocation: null,
    },
  }
}

export function renderResponse(bank: Bank, r: ResponseData): Record<string, unknown> {
  const inquiry = bank.state.inquiries.find((q) => q.id === r.inquiryId)!
  const account = bank.account(r.accountId)
  return {
    RequestResponse: {
      id: r.id,
      created: bunqTime(r.created),
      updated: bunqTime(r.updated),
      time_responded: time(r.timeResponded),
      time_expiry: null,
      time_refund_requested: null,
      time_refunded: null,
      user_refund_requested: null,
      monetary_account_id: r.accountId,
      amount_inquired: money(inquiry.amount, account.currency),
      amount_responded:
        inquiry.amountResponded === null ? null : money(inquiry.amountResponded, account.currency),
      status: r.status,
      description: inquiry.description,
      alias: label(bank, r.accountId, null),
      counterparty_alias: label(bank, inquiry.accountId, null),
      attachment: [],
      minimum_age: null,
      require_address: 'NONE',
      geolocation: null,
      type: 'INTERNAL',
      sub_type: 'NONE',
      redirect_url: null,
      address_billing: null,
      address_shipping: null,
      credit_scheme_identifier: null,
      mandate_identifier: null,
      eligible_whitelist_id: null,
      request_reference_split_the_bill: [],
      event_id: null,
      monetary_account_preferred_id: null,
    },
  }
}
