import type { Bank } from './bank'
import { addUser, createAccount } from './create-user'

/**
 * Users who live in every practice bank (docs/decisions/0015): bunq's docs and SDK tests pay
 * bravo@bunq.com as an existing sandbox user, so examples copied from them work unchanged. Bravo
 * has an account that receives payments and no API key (nobody logs in as Bravo). Sugar Daddy
 * (sugardaddy@bunq.com) stays the bank's outside party in money.ts: he accepts payments and pays
 * requests, and is the only place money enters or leaves the practice accounts.
 */
export const RESIDENTS: { email: string; firstName: string; lastName: string; phone: string }[] = [
  { email: 'bravo@bunq.com', firstName: 'Bravo', lastName: 'Sandbox', phone: '+31600000002' },
]

/** Adds any resident a (possibly older, saved) state lacks; marks the bank dirty when it did. */
export function ensureResidents(bank: Bank): void {
  for (const resident of RESIDENTS) {
    const known = bank.state.users.some((u) => u.email.toLowerCase() === resident.email)
    if (known) continue
    const user = addUser(bank, 'UserPerson', {
      firstName: resident.firstName,
      lastName: resident.lastName,
      email: resident.email,
      phone: resident.phone,
      dateOfBirth: '1990-01-01',
      chamberOfCommerce: '',
    })
    createAccount(bank, user.id, 'Main account')
  }
}
