import { emptyGenericCollections, type GenericCollections } from './generic/state-generic'
import { emptyMoneyCollections, type MoneyCollections, type PointerData } from './state-money'
import type { Psd2Collections } from './state-psd2'

/** The saved-state format; migrate.ts brings every older one up to it. */
export const STATE_VERSION = 2

// Declared beside the money records that use it, so the two files do not import each other.
export type { PointerData }

/**
 * The bank's whole state as plain, JSON-serialisable data: what persist.ts stores and what a
 * failed request rolls back to. Keys are PEM strings, times epoch milliseconds, money integer cents.
 */
export interface UserData {
  id: number
  /** UserPaymentServiceProvider: a PSD2 provider, made from its certificate (state-psd2.ts). */
  kind: 'UserPerson' | 'UserCompany' | 'UserPaymentServiceProvider'
  created: number
  updated: number
  publicUuid: string
  avatarUuid: string
  /** Person: first/last name; company: the name in `firstName`, `lastName` empty. */
  firstName: string
  lastName: string
  email: string
  phone: string
  dateOfBirth: string
  chamberOfCommerce: string
  /** A UserPaymentServiceProvider's certificate subject (docs/protocol.md §4.8). */
  certificateDistinguishedName?: string
}

export interface AccountData {
  id: number
  userId: number
  created: number
  updated: number
  publicUuid: string
  description: string
  currency: string
  iban: string
  balance: number
  status: 'ACTIVE' | 'CANCELLED'
  /** Absent on accounts saved before savings existed: a MonetaryAccountBank. */
  kind?: 'bank' | 'savings'
  /** Cents; absent means the default 1000.00 (renderAccount). */
  dailyLimit?: number
  subStatus?: 'NONE' | 'REDEMPTION_VOLUNTARY'
  /** Savings accounts: the goal in cents, or null. */
  savingsGoal?: number | null
}

/**
 * Secrets are stored as a real bank stores them (docs/decisions/0017): `...Hash` fields hold
 * HMAC-SHA-256, hex, of the API key or token under the bank's `secretKey`; the value itself is
 * only ever in the answer that hands it out. A copy of the browser profile reveals none.
 */
export interface ApiKeyData {
  keyHash: string
  userId: number
  created: number
  /** Set by the first device-server that used the key (docs/protocol.md §4.1 binding window). */
  boundAt: number | null
}

export interface InstallationData {
  id: number
  tokenId: number
  tokenHash: string
  created: number
  clientPublicKeyPem: string
}

export interface DeviceData {
  id: number
  installationId: number
  apiKeyHash: string
  description: string
  created: number
  /** Permitted IPv4 addresses; `wildcard` when "*" was sent (§4.4). */
  ips: string[]
  wildcard: boolean
}

export interface SessionData {
  id: number
  tokenHash: string
  installationId: number
  userId: number
  created: number
  expiresAt: number
  /** This session's length when it differs from the bank's (a PSD2 provider's hour, §4.8). */
  timeoutSeconds?: number
}

export interface PaymentData {
  id: number
  created: number
  accountId: number
  amount: number
  description: string
  subType: 'PAYMENT' | 'REQUEST'
  /** The other side: an account of the practice bank, or a fixed outside party (Sugar Daddy). */
  counterpartyAccountId: number | null
  counterpartyPointer: PointerData | null
  balanceAfter: number
  /** The payment-batch it was made in (batch_id), or absent. */
  batchId?: number
  /** The schedule that made it (scheduled_id), or absent. */
  scheduledId?: number
}

export type RequestStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'REVOKED'

export interface InquiryData {
  id: number
  created: number
  updated: number
  accountId: number
  amount: number
  amountResponded: number | null
  description: string
  status: RequestStatus
  counterpartyAccountId: number | null
  counterpartyPointer: PointerData | null
  responseId: number | null
  timeResponded: number | null
  allowBunqme: boolean
  /** Set when the request came from opening a bunq.me tab (bunqme.ts). */
  tabId?: number
}

export interface ResponseData {
  id: number
  created: number
  updated: number
  accountId: number
  inquiryId: number
  status: RequestStatus
  timeResponded: number | null
}

export interface FilterData {
  id: number
  created: number
  userId: number
  accountId: number | null
  category: string
  target: string
}

export interface EventData {
  id: number
  created: number
  userId: number
  accountId: number | null
  action: 'CREATE' | 'UPDATE'
  objectType: 'Payment' | 'RequestInquiry' | 'RequestResponse' | 'DraftPayment' | 'BunqMeTab'
  objectId: number
}

export interface BankState extends MoneyCollections, GenericCollections, Psd2Collections {
  version: typeof STATE_VERSION
  nextId: number
  serverPrivateKeyPem: string
  serverPublicKeyPem: string
  /** The per-bank HMAC key (32 random bytes, hex) for the `...Hash` fields. */
  secretKey: string
  users: UserData[]
  accounts: AccountData[]
  apiKeys: ApiKeyData[]
  installations: InstallationData[]
  devices: DeviceData[]
  sessions: SessionData[]
  payments: PaymentData[]
  inquiries: InquiryData[]
  responses: ResponseData[]
  filters: FilterData[]
  events: EventData[]
}

export function emptyState(
  serverPrivateKeyPem: string,
  serverPublicKeyPem: string,
  secretKey: string,
): BankState {
  return {
    version: STATE_VERSION,
    nextId: 1000001,
    serverPrivateKeyPem,
    serverPublicKeyPem,
    secretKey,
    users: [],
    accounts: [],
    apiKeys: [],
    installations: [],
    devices: [],
    sessions: [],
    payments: [],
    inquiries: [],
    responses: [],
    filters: [],
    events: [],
    ...emptyMoneyCollections(),
    ...emptyGenericCollections(),
  }
}
