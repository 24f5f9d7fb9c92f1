import type { Bank } from './bank'
import { badRequest } from './bank-error'
import { parseAmountValue } from './format'
import { renderPayment } from './render-money'
import type { AccountData, EventData, PaymentData, PointerData } from './state'

/**
 * Moving money inside the practice bank (docs/protocol.md §10.2-§10.4): amount and counterparty
 * checks with bunq-style refusals, a Payment on both sides (negative for the payer) with the right
 * balance_after_mutation, an Event per side and the callbacks bunq would send (§10.6).
 */
export const SUGAR_DADDY_EMAIL = 'sugardaddy@bunq.com'

export interface Counterparty {
  /** A practice account, or null for an outside party (only Sugar Daddy exists, §10.2). */
  accountId: number | null
  pointer: PointerData
}

/** Reads `{value, currency}`; refuses what is not a positive 2-decimal amount in `currency`. */
export function readAmount(bank: Bank, raw: unknown, currency: string, field: string): number {
  const amount = raw as { value?: unknown; currency?: unknown } | undefined
  if (!amount || typeof amount !== 'object') throw badRequest(`The field ${field} is required.`)
  const cents = parseAmountValue(amount.value, bank.options.strictAmountStrings)
  if (cents === null) {
    throw badRequest(
      `The ${field} value must be a positive amount with at most 2 decimals, written as a string.`,
    )
  }
  if (amount.currency !== currency) {
    throw badRequest(`The ${field} currency must be ${currency}, the currency of the account.`)
  }
  return cents
}

/** Resolves a Pointer (EMAIL, PHONE_NUMBER, IBAN) to a practice account or Sugar Daddy. */
export function resolvePointer(bank: Bank, raw: unknown): Counterparty {
  const p = raw as Partial<PointerData> | undefined
  if (!p || typeof p !== 'object' || typeof p.type !== 'string' || typeof p.value !== 'string') {
    throw badRequest('The field counterparty_alias needs a type and a value.')
  }
  const value = p.value.trim()
  const pointer = { type: p.type, value, name: typeof p.name === 'string' ? p.name : '' }
  let account: AccountData | undefined
  if (p.type === 'EMAIL') {
    if (value.toLowerCase() === SUGAR_DADDY_EMAIL) {
      return { accountId: null, pointer: { ...pointer, name: 'Sugar Daddy' } as PointerData }
    }
    const user = bank.state.users.find((u) => u.email.toLowerCase() === value.toLowerCase())
    account = user && firstActive(bank, user.id)
  } else if (p.type === 'PHONE_NUMBER') {
    const user = bank.state.users.find((u) => u.phone === value.replace(/[\s-]/g, ''))
    account = user && firstActive(bank, user.id)
  } else if (p.type === 'IBAN') {
    if (!pointer.name) throw badRequest('A counterparty_alias of type IBAN needs a name.')
    const iban = value.replace(/\s+/g, '').toUpperCase()
    account = bank.state.accounts.find((a) => a.iban === iban && a.status === 'ACTIVE')
  } else {
    throw badRequest('The counterparty_alias type must be EMAIL, PHONE_NUMBER or IBAN.')
  }
  if (!account) {
    throw badRequest(
      'The counterparty is not a user of the practice bank; the sandbox makes no external transfers.',
    )
  }
  return { accountId: account.id, pointer: pointer as PointerData }
}

function firstActive(bank: Bank, userId: number): AccountData | undefined {
  return bank.accountsOf(userId).find((a) => a.status === 'ACTIVE')
}

function readDescription(body: Record<string, unknown>): string {
  if (typeof body.description !== 'string') throw badRequest('The field description is required.')
  if (body.description.length > 9000) throw badRequest('The description is too long.')
  return body.description
}

/** The fields a payment and a money request both carry, read the same way. */
export interface MoneyOrder {
  cents: number
  counterparty: Counterparty
  description: string
}

/**
 * Reads a payment's or a request's amount (named `amountField`, in the account's currency),
 * counterparty_alias and description, refusing the first that is wrong in that order.
 */
export function readMoneyOrder(
  bank: Bank,
  body: Record<string, unknown>,
  account: AccountData,
  amountField: 'amount' | 'amount_inquired',
): MoneyOrder {
  const cents = readAmount(bank, body[amountField], account.currency, amountField)
  const counterparty = resolvePointer(bank, body.counterparty_alias)
  return { cents, counterparty, description: readDescription(body) }
}

/** A practice account as one side of a transfer, addressed by its IBAN. */
export function accountSide(account: AccountData): Counterparty {
  return { accountId: account.id, pointer: { type: 'IBAN', value: account.iban, name: '' } }
}

/** Records one event and fires the matching would-be callbacks (§10.6). */
export function recordEvent(
  bank: Bank,
  event: Omit<EventData, 'id' | 'created'>,
  categories: string[],
  eventType: string,
  object: Record<string, unknown>,
): void {
  bank.state.events.push({ ...event, id: bank.nextId(), created: bank.now() })
  for (const filter of bank.state.filters) {
    if (filter.userId !== event.userId || !categories.includes(filter.category)) continue
    if (filter.accountId !== null && filter.accountId !== event.accountId) continue
    const body = {
      NotificationUrl: {
        target_url: filter.target,
        category: filter.category,
        event_type: eventType,
        object,
      },
    }
    bank.onCallback(filter.target, filter.category, body)
  }
}

function book(
  bank: Bank,
  account: AccountData,
  amount: number,
  other: Counterparty,
  description: string,
  subType: PaymentData['subType'],
): PaymentData {
  account.balance += amount
  account.updated = bank.now()
  const payment: PaymentData = {
    id: bank.nextId(),
    created: bank.now(),
    accountId: account.id,
    amount,
    description,
    subType,
    counterpartyAccountId: other.accountId,
    counterpartyPointer: other.accountId === null ? other.pointer : null,
    balanceAfter: account.balance,
  }
  bank.state.payments.push(payment)
  const object = renderPayment(bank, payment)
  recordEvent(
    bank,
    {
      userId: account.userId,
      accountId: account.id,
      action: 'CREATE',
      objectType: 'Payment',
      objectId: payment.id,
    },
    ['MUTATION', 'PAYMENT'],
    'MUTATION_CREATED',
    object,
  )
  return payment
}

/**
 * Moves `cents` from `from` (a practice account, or null for Sugar Daddy) to `to`. Refuses a
 * balance too low (no overdraft in the practice bank). Returns the payer-side Payment when there is
 * one, otherwise the payee side.
 */
export function transfer(
  bank: Bank,
  from: Counterparty,
  to: Counterparty,
  cents: number,
  description: string,
  subType: PaymentData['subType'],
): PaymentData {
  const payer = from.accountId === null ? null : bank.account(from.accountId)
  const payee = to.accountId === null ? null : bank.account(to.accountId)
  if (payer && payer.id === payee?.id)
    throw badRequest('A payment to the same account is not possible.')
  if (payer && payer.balance < cents) {
    throw badRequest('Not enough money on the account to make this payment.')
  }
  const out = payer && book(bank, payer, -cents, to, description, subType)
  const incoming = payee && book(bank, payee, cents, from, description, subType)
  return (out ?? incoming)!
}
