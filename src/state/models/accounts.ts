import type { UiError } from './base'

export interface Money {
  /** A decimal string, e.g. "12.34" or "-0.10" (§3). */
  value: string
  currency: string
}

export interface Account {
  id: number
  description: string
  iban: string | null
  displayName: string
  balance: Money
  status: string
}

export interface PaymentItem {
  id: number
  /** bunq's UTC timestamp "YYYY-MM-DD hh:mm:ss.ffffff". */
  created: string
  /** Negative for outgoing (§17). */
  amount: Money
  counterpartyName: string
  counterpartyIban: string | null
  description: string
  type: string
}

export interface RequestItem {
  id: number
  created: string
  amount: Money
  counterpartyName: string
  description: string
  /** PENDING, ACCEPTED, REJECTED, REVOKED, EXPIRED. */
  status: string
}

/** One page of a bunq list (§10.5), newest first. */
export interface Page<T> {
  readonly items: readonly T[]
  readonly hasOlder: boolean
  readonly hasNewer: boolean
  readonly loading: boolean
  readonly error: UiError | null
}

export type AliasType = 'EMAIL' | 'PHONE_NUMBER' | 'IBAN'

/** A bunq Pointer (§10.3); `name` is required for IBAN. */
export interface CounterpartyAlias {
  type: AliasType
  value: string
  name: string
}

export interface PaymentDraft {
  /** A validated positive amount with at most 2 decimals, in EUR. */
  amount: string
  counterparty: CounterpartyAlias
  description: string
}

export type ListName = 'payments' | 'requests'

/** A savings account of the user (MonetaryAccountSavings). */
export interface SavingsItem {
  id: number
  description: string
  balance: Money
  goal: Money | null
}
/** A scheduled payment of the selected account. */
export interface ScheduledItem {
  id: number
  amount: Money
  counterpartyName: string
  description: string
  /** bunq's UTC "YYYY-MM-DD hh:mm:ss". */
  start: string
  recurrence: string
  status: string
}
/** A PENDING draft payment of the selected account, waiting for accept or reject. */
export interface DraftItem {
  id: number
  amount: Money
  counterpartyName: string
  description: string
}
