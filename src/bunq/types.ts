/**
 * The objects the core returns after unwrapping the `Response` envelope. Field names follow
 * bunq/doc swagger.json (docs/protocol.md §14); only the fields the workbench reads are typed, and
 * every object keeps the rest through the index signature, since bunq adds fields freely.
 */

/** `{"value":"12.34","currency":"EUR"}`: value is a string; outgoing payments are negative (§10.4). */
export interface Amount {
  value: string
  currency: string
}

/** A Pointer: how a counterparty is addressed in requests (swagger `Pointer`, §10.3). */
export interface Pointer {
  type: 'EMAIL' | 'PHONE_NUMBER' | 'IBAN'
  value: string
  name?: string
  service?: string
}

/** A LabelMonetaryAccount: how a counterparty is shown in responses. */
export interface LabelMonetaryAccount {
  iban?: string | null
  display_name?: string
  is_light?: boolean
  label_user?: { uuid?: string; display_name?: string; public_nick_name?: string } | null
  country?: string
  [field: string]: unknown
}

interface BunqObject {
  id: number
  created: string
  updated: string
  [field: string]: unknown
}

export interface UserPerson extends BunqObject {
  display_name?: string
  first_name?: string
  last_name?: string
  public_nick_name?: string
  status?: string
  /** Seconds; the session lifetime (§4.6). */
  session_timeout?: number
  alias?: Pointer[]
}

export interface UserCompany extends BunqObject {
  name?: string
  display_name?: string
  status?: string
  session_timeout?: number
  alias?: Pointer[]
}

export interface UserApiKey extends BunqObject {
  requested_by_user?: Record<string, { session_timeout?: number; [field: string]: unknown }>
  granted_by_user?: Record<string, Record<string, unknown>>
}

/** A user as `GET /user` answers: the wrapper type name tells which kind (§4.7). */
export type AnyUser =
  | { type: 'UserPerson'; user: UserPerson }
  | { type: 'UserCompany'; user: UserCompany }
  | { type: 'UserApiKey'; user: UserApiKey }
  | { type: string; user: BunqObject }

export type MonetaryAccountStatus = 'ACTIVE' | 'BLOCKED' | 'CANCELLED' | 'PENDING_REOPEN'

export interface MonetaryAccount extends BunqObject {
  currency: string
  description: string
  balance: Amount
  status: MonetaryAccountStatus | string
  alias: Pointer[]
  display_name?: string
  user_id?: number
  public_uuid?: string
  daily_limit?: Amount
}

/** A monetary account together with its wrapper type (MonetaryAccountBank, ...Savings, ...). */
export interface TypedMonetaryAccount {
  type: string
  account: MonetaryAccount
}

export type RequestStatus =
  'PENDING' | 'ACCEPTED' | 'REJECTED' | 'REVOKED' | 'EXPIRED' | 'REFUND_REQUESTED' | string

/**
 * One money request as either side sees it: the asker's RequestInquiry and the payer's
 * RequestResponse carry the same amount, counterparty, description and status (docs/protocol.md
 * §10.2).
 */
interface MoneyRequest extends BunqObject {
  amount_inquired: Amount
  amount_responded?: Amount | null
  counterparty_alias: LabelMonetaryAccount
  description: string
  status: RequestStatus
  monetary_account_id: number
}

export interface RequestInquiry extends MoneyRequest {
  time_responded?: string | null
  time_expiry?: string | null
}

export interface RequestResponse extends MoneyRequest {
  type?: string
  sub_type?: string
}

export interface Payment extends BunqObject {
  monetary_account_id: number
  amount: Amount
  alias: LabelMonetaryAccount
  counterparty_alias: LabelMonetaryAccount
  description: string
  type: string
  sub_type: string
  balance_after_mutation?: Amount
}

export type NotificationCategory = string

export interface NotificationFilter {
  category: NotificationCategory
  notification_target: string
}

export interface NotificationFilterUrl {
  notification_filters: NotificationFilter[]
  [field: string]: unknown
}

export interface BunqEvent extends BunqObject {
  action: string
  user_id: number
  monetary_account_id: number | null
  object: Record<string, unknown>
  status: string
}
