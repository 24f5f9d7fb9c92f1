import type { Bank } from './bank'
import { bunqTime, money } from './format'
import type { UserData } from './state'

/**
 * UserPerson / UserCompany as bunq returns them (field names from swagger UserPerson,
 * UserCompany; docs/protocol.md §4.5, §4.7). session_timeout is an integer (PHP insists, §17).
 */
export function displayName(user: UserData): string {
  return user.kind === 'UserCompany' ? user.firstName : `${user.firstName} ${user.lastName}`
}

export function avatar(uuid: string): Record<string, unknown> {
  return { uuid, anchor_uuid: uuid, image: [], style: 'NONE' }
}

function address(): Record<string, unknown> {
  return {
    street: 'Naritaweg',
    house_number: '131',
    po_box: null,
    postal_code: '1043 BS',
    city: 'Amsterdam',
    country: 'NL',
    province: null,
  }
}

function aliases(user: UserData): Record<string, unknown>[] {
  const name = displayName(user)
  return [
    { type: 'PHONE_NUMBER', value: user.phone, name },
    { type: 'EMAIL', value: user.email, name },
  ]
}

function common(bank: Bank, user: UserData): Record<string, unknown> {
  return {
    id: user.id,
    created: bunqTime(user.created),
    updated: bunqTime(user.updated),
    public_uuid: user.publicUuid,
    display_name: displayName(user),
    public_nick_name: user.firstName,
    alias: aliases(user),
    address_main: address(),
    address_postal: address(),
    language: 'en_US',
    region: 'nl_NL',
    avatar: avatar(user.avatarUuid),
    version_terms_of_service: '1.0',
    status: 'ACTIVE',
    sub_status: 'NONE',
    session_timeout: bank.options.sessionTimeoutSeconds,
    daily_limit_without_confirmation_login: money(25000),
    notification_filters: [],
  }
}

/**
 * How long a session of this user lasts, in seconds: a PSD2 provider's session lasts an hour
 * (docs/protocol.md §4.8), everyone else's the bank's sessionTimeoutSeconds (§4.6).
 */
export const PSD2_SESSION_SECONDS = 3600

export function sessionTimeoutOf(bank: Bank, user: UserData): number {
  return user.kind === 'UserPaymentServiceProvider'
    ? PSD2_SESSION_SECONDS
    : bank.options.sessionTimeoutSeconds
}

/** swagger UserPaymentServiceProvider: no address, no aliases, the certificate's subject. */
function renderProvider(bank: Bank, user: UserData): Record<string, unknown> {
  return {
    UserPaymentServiceProvider: {
      id: user.id,
      created: bunqTime(user.created),
      updated: bunqTime(user.updated),
      certificate_distinguished_name: user.certificateDistinguishedName ?? '',
      alias: [],
      avatar: avatar(user.avatarUuid),
      status: 'ACTIVE',
      sub_status: 'NONE',
      public_uuid: user.publicUuid,
      display_name: user.firstName,
      public_nick_name: user.firstName,
      language: 'en_US',
      region: 'nl_NL',
      session_timeout: sessionTimeoutOf(bank, user),
    },
  }
}

/** The user wrapped by its type, e.g. `{UserPerson: {...}}`. */
export function renderUser(bank: Bank, user: UserData): Record<string, unknown> {
  if (user.kind === 'UserPaymentServiceProvider') return renderProvider(bank, user)
  const base = common(bank, user)
  if (user.kind === 'UserCompany') {
    return {
      UserCompany: {
        ...base,
        name: user.firstName,
        country: 'NL',
        chamber_of_commerce_number: user.chamberOfCommerce,
        legal_form: 'BV',
        type_of_business_entity: 'NONE',
        sector_of_industry: 'NONE',
        ubo: [],
        directors: [],
      },
    }
  }
  return {
    UserPerson: {
      ...base,
      first_name: user.firstName,
      middle_name: '',
      last_name: user.lastName,
      legal_name: displayName(user),
      tax_resident: [],
      date_of_birth: user.dateOfBirth,
      place_of_birth: 'Amsterdam',
      country_of_birth: 'NL',
      nationality: 'NL',
      all_nationality: ['NL'],
      gender: 'UNKNOWN',
      relations: [],
    },
  }
}
