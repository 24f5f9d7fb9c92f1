import type { Bank } from './bank'
import { BankError, badRequest } from './bank-error'
import { centsToValue } from './format'
import { accountSide, readAmount, resolvePointer, transfer } from './money'
import type { AccountData, PaymentData } from './state'
import type { EntryData } from './state-money'

/**
 * Payments in groups and for later (docs/decisions/0016): batches, drafts and schedules all read
 * their payments as entries and pay them through money.ts transfer, the one ledger. A group is paid
 * all or none: the total is checked before the first cent moves, and a refusal inside a request
 * rolls the whole state back (pipeline.ts).
 */
const MAX_ENTRIES = 100

/** Reads one `{amount, counterparty_alias, description}`; refusals name the field (`payments[2].amount`). */
export function readEntry(
  bank: Bank,
  account: AccountData,
  raw: unknown,
  prefix: string,
): EntryData {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw badRequest(`The field ${prefix || 'entry'} must be an object.`)
  }
  const entry = raw as Record<string, unknown>
  const amount = readAmount(bank, entry.amount, account.currency, `${prefix}amount`)
  let to
  try {
    to = resolvePointer(bank, entry.counterparty_alias)
  } catch (error) {
    if (!(error instanceof BankError) || !prefix) throw error
    throw badRequest(`${prefix}counterparty_alias: ${error.message}`)
  }
  if (to.accountId === account.id)
    throw badRequest(`${prefix}counterparty_alias: A payment to the same account is not possible.`)
  const description = entry.description
  if (typeof description !== 'string')
    throw badRequest(`The field ${prefix}description is required.`)
  if (description.length > 9000) throw badRequest(`The field ${prefix}description is too long.`)
  return { amount, description, counterpartyAccountId: to.accountId, pointer: to.pointer }
}

/** Reads a non-empty list of entries from `body[field]`. */
export function readEntries(
  bank: Bank,
  account: AccountData,
  raw: unknown,
  field: string,
): EntryData[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw badRequest(`The field ${field} must be a non-empty list of payments.`)
  }
  if (raw.length > MAX_ENTRIES) {
    throw badRequest(`The field ${field} holds at most ${MAX_ENTRIES} payments.`)
  }
  return raw.map((item, i) => readEntry(bank, account, item, `${field}[${i}].`))
}

/**
 * Why these entries cannot be paid from `account` now, or null: the account must be ACTIVE, every
 * payee account still ACTIVE, and the balance must cover the total (no overdraft).
 */
export function cannotPay(bank: Bank, account: AccountData, entries: EntryData[]): string | null {
  if (account.status !== 'ACTIVE') return 'The monetary account is not active.'
  for (const entry of entries) {
    if (entry.counterpartyAccountId === null) continue
    const payee = bank.state.accounts.find((a) => a.id === entry.counterpartyAccountId)
    if (!payee || payee.status !== 'ACTIVE') return 'A counterparty account is no longer active.'
  }
  const total = entries.reduce((sum, e) => sum + e.amount, 0)
  if (account.balance < total) {
    return `Not enough money on the account to pay ${centsToValue(total)} ${account.currency} in total.`
  }
  return null
}

/** Pays every entry from `account` (call cannotPay first); marks each payment with `tag`. */
export function payEntries(
  bank: Bank,
  account: AccountData,
  entries: EntryData[],
  tag: Pick<PaymentData, 'batchId' | 'scheduledId'> = {},
): PaymentData[] {
  const problem = cannotPay(bank, account, entries)
  if (problem) throw badRequest(problem)
  const from = accountSide(account)
  return entries.map((entry) => {
    const to = { accountId: entry.counterpartyAccountId, pointer: entry.pointer }
    const before = bank.state.payments.length
    const payment = transfer(bank, from, to, entry.amount, entry.description, 'PAYMENT')
    // Both sides carry the tag (batch_id / scheduled_id are on the payer's and the payee's copy).
    for (const booked of bank.state.payments.slice(before)) Object.assign(booked, tag)
    return payment
  })
}
