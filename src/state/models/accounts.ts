import type { ActionState, UiError } from './base'

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

export interface AccountsModel {
  readonly accounts: readonly Account[]
  readonly selectedId: number | null
  readonly loading: boolean
  readonly error: UiError | null
  readonly payments: Page<PaymentItem>
  readonly requests: Page<RequestItem>
  readonly topUpState: ActionState
  readonly payState: ActionState
  readonly createState: ActionState
  select(accountId: number): Promise<void>
  refresh(): Promise<void>
  /** Asks sugardaddy@bunq.com for money (at most 500 EUR a request, §10.2) and follows its status. */
  topUp(amount: string): Promise<void>
  /** POST .../payment, signed, sent once (docs/architecture.md, "never replay a signed POST"). */
  pay(draft: PaymentDraft): Promise<void>
  /** Loads the page older (or newer) than the current one. */
  older(list: ListName): Promise<void>
  newer(list: ListName): Promise<void>
  /** POST .../monetary-account-bank with this description. */
  createAccount(description: string): Promise<void>
}
