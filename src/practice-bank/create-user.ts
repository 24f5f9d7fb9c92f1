import type { Bank } from './bank'
import { makeNlIban } from './iban'
import type { AccountData, UserData } from './state'

/**
 * Makes a sandbox user, its API key and its first account (docs/protocol.md §4.1, §15 "Sandbox
 * users"): one ACTIVE EUR MonetaryAccountBank with a valid NL IBAN and balance 0.00. Some names
 * carry non-ASCII letters on purpose, so the \uXXXX escaping of §17 is exercised.
 */
const FIRST = ['Zoë', 'Jürgen', 'Renée', 'Sven', 'Fatima', 'Daan', 'Noor', 'Björn', 'Lotte', 'Amir']
const LAST = ['de Vries', 'Jansen', 'Müller', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Núñez']
const COMPANY = [
  'Tulip Trading',
  'Grachten Café',
  'Fietsfabriek',
  'Stroopwafel & Co',
  'Zeeland Zon',
]

function pick<T>(bank: Bank, list: T[]): T {
  return list[bank.platform.randomBytes(1)[0] % list.length]
}

function digits(bank: Bank, n: number): string {
  return Array.from(bank.platform.randomBytes(n), (b) => String(b % 10)).join('')
}

export function createAccount(bank: Bank, userId: number, description: string): AccountData {
  const now = bank.now()
  const id = bank.nextId()
  const account: AccountData = {
    id,
    userId,
    created: now,
    updated: now,
    publicUuid: bank.uuid(),
    description,
    currency: 'EUR',
    // 20 + the account id: unique per bank, shaped like sandbox IBANs (NLkk BUNQ 20.. ....).
    iban: makeNlIban(2000000000 + (id % 1e8)),
    balance: 0,
    status: 'ACTIVE',
  }
  bank.state.accounts.push(account)
  return account
}

/** What a user is besides its id, kind, times and UUIDs, which `addUser` gives it. */
export type UserDetails = Omit<
  UserData,
  'id' | 'kind' | 'created' | 'updated' | 'publicUuid' | 'avatarUuid'
>

/** Adds a user that is not made by the sandbox-user call: a resident, a PSD2 provider. */
export function addUser(bank: Bank, kind: UserData['kind'], details: UserDetails): UserData {
  const now = bank.now()
  const user: UserData = {
    id: bank.nextId(),
    kind,
    created: now,
    updated: now,
    publicUuid: bank.uuid(),
    avatarUuid: bank.uuid(),
    ...details,
  }
  bank.state.users.push(user)
  return user
}

/**
 * Creates the user and returns its API key ("sandbox_" + 64 hex); only its hash is kept. Its
 * random name and numbers are drawn after the id and UUIDs, in the order a seeded bank expects,
 * so it does not go through `addUser`.
 */
export async function createSandboxUser(bank: Bank, kind: UserData['kind']): Promise<string> {
  const now = bank.now()
  const id = bank.nextId()
  const tag = bank.hex(4)
  const user: UserData = {
    id,
    kind,
    created: now,
    updated: now,
    publicUuid: bank.uuid(),
    avatarUuid: bank.uuid(),
    firstName: kind === 'UserCompany' ? pick(bank, COMPANY) : pick(bank, FIRST),
    lastName: kind === 'UserCompany' ? '' : pick(bank, LAST),
    email: `practice.${tag}@bunq.example`,
    phone: `+316${digits(bank, 8)}`,
    dateOfBirth: `19${70 + (bank.platform.randomBytes(1)[0] % 30)}-0${1 + (id % 9)}-1${id % 10}`,
    chamberOfCommerce: kind === 'UserCompany' ? digits(bank, 8) : '',
  }
  bank.state.users.push(user)
  createAccount(bank, id, kind === 'UserCompany' ? 'Business account' : 'Main account')
  const key = `sandbox_${bank.hex(32)}`
  const keyHash = await bank.secretHash(key)
  bank.state.apiKeys.push({ keyHash, userId: id, created: now, boundAt: null })
  return key
}
