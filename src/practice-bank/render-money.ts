import type { Bank } from './bank'
import { bunqTime, money } from './format'
import { avatar, displayName } from './render-user'
import type { AccountData, PaymentData, PointerData } from './state'

/**
 * Accounts and payments as bunq returns them (swagger MonetaryAccountBank, Payment,
 * LabelMonetaryAccount; docs/protocol.md §10.1, §10.4). Payment leaves out payment_fee and
 * payment_suspended_outgoing: the Python SDK cannot read them (§17).
 */
export function renderAccount(bank: Bank, account: AccountData): Record<string, unknown> {
  const user = bank.user(account.userId)
  const name = displayName(user)
  const first = bank.accountsOf(user.id)[0]?.id === account.id
  const alias: Record<string, unknown>[] = [{ type: 'IBAN', value: account.iban, name }]
  if (first) {
    alias.push({ type: 'EMAIL', value: user.email, name })
    alias.push({ type: 'PHONE_NUMBER', value: user.phone, name })
  }
  const savings = account.kind === 'savings'
  const body: Record<string, unknown> = {
    id: account.id,
    created: bunqTime(account.created),
    updated: bunqTime(account.updated),
    avatar: avatar(account.publicUuid),
    currency: account.currency,
    description: account.description,
    daily_limit: money(account.dailyLimit ?? DEFAULT_DAILY_LIMIT, account.currency),
    overdraft_limit: money(0, account.currency),
    balance: money(account.balance, account.currency),
    alias,
    public_uuid: account.publicUuid,
    status: account.status,
    sub_status: account.subStatus ?? 'NONE',
    reason: account.subStatus === 'REDEMPTION_VOLUNTARY' ? 'OTHER' : null,
    reason_description: account.subStatus === 'REDEMPTION_VOLUNTARY' ? 'Closed by the user.' : null,
    user_id: account.userId,
    monetary_account_profile: null,
    display_name: name,
    setting: {
      color: '#FE2851',
      default_avatar_status: 'AVATAR_DEFAULT',
      restriction_chat: 'ALLOW_INCOMING',
    },
    all_auto_save_id: [],
  }
  if (!savings) return { MonetaryAccountBank: body }
  // MonetaryAccountSavings (swagger): no overdraft or display name; a goal and the progress to it.
  delete body.overdraft_limit
  delete body.display_name
  const goal = account.savingsGoal ?? null
  return {
    MonetaryAccountSavings: {
      ...body,
      all_co_owner: [],
      savings_goal: goal === null ? null : money(goal, account.currency),
      savings_goal_progress:
        goal === null || goal === 0 ? 0 : Math.min(100, Math.floor((account.balance * 100) / goal)),
      number_of_payment_remaining: '0',
    },
  }
}

/** 1000.00 in cents: the daily limit of an account that never set one (swagger default). */
export const DEFAULT_DAILY_LIMIT = 100000

/** Sugar Daddy, the sandbox's outside party (§10.2): a fixed label, not a practice account. */
export const SUGAR_DADDY: PointerData = {
  type: 'EMAIL',
  value: 'sugardaddy@bunq.com',
  name: 'Sugar Daddy',
}
const SUGAR_DADDY_UUID = '5f1d9a34-0000-4000-8000-5a9a7dadd700'

/** LabelMonetaryAccount for one of our accounts, or for an outside pointer. */
export function label(
  bank: Bank,
  accountId: number | null,
  pointer: PointerData | null,
): Record<string, unknown> {
  if (accountId !== null) {
    const account = bank.account(accountId)
    const user = bank.user(account.userId)
    const name = displayName(user)
    return {
      iban: account.iban,
      is_light: false,
      display_name: name,
      avatar: avatar(user.avatarUuid),
      label_user: {
        uuid: user.publicUuid,
        display_name: name,
        country: 'NL',
        avatar: avatar(user.avatarUuid),
        public_nick_name: user.firstName,
      },
      country: 'NL',
    }
  }
  const name = pointer?.name || pointer?.value || 'Unknown'
  return {
    iban: pointer?.type === 'IBAN' ? pointer.value : null,
    is_light: false,
    display_name: name,
    avatar: null,
    label_user: {
      uuid: SUGAR_DADDY_UUID,
      display_name: name,
      country: 'NL',
      avatar: null,
      public_nick_name: name,
    },
    country: 'NL',
  }
}

export function renderPayment(bank: Bank, p: PaymentData): Record<string, unknown> {
  const account = bank.account(p.accountId)
  return {
    Payment: {
      id: p.id,
      created: bunqTime(p.created),
      updated: bunqTime(p.created),
      monetary_account_id: p.accountId,
      amount: money(p.amount, account.currency),
      alias: label(bank, p.accountId, null),
      counterparty_alias: label(bank, p.counterpartyAccountId, p.counterpartyPointer),
      description: p.description,
      type: 'BUNQ',
      sub_type: p.subType,
      attachment: [],
      merchant_reference: null,
      batch_id: p.batchId ?? null,
      scheduled_id: p.scheduledId ?? null,
      address_billing: null,
      address_shipping: null,
      geolocation: null,
      request_reference_split_the_bill: [],
      balance_after_mutation: money(p.balanceAfter, account.currency),
    },
  }
}
