import type { TestClient } from './client'

/**
 * Ledger checks for the contract suite: every money flow is checked by summing balances (read
 * through the API) before and after; between practice users the sum must not change by a cent.
 */
export const sugar = { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' }

export const accountPath = (c: TestClient, accountId = c.accountId) =>
  `/user/${c.userId}/monetary-account/${accountId}`

export function cents(value: string): number {
  const [whole, frac = ''] = value.replace('-', '').split('.')
  const n = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  return value.startsWith('-') ? -n : n
}

/** The balance of one account in cents. */
export async function balance(c: TestClient, accountId = c.accountId): Promise<number> {
  const item = (await c.ok('GET', accountPath(c, accountId))).json.Response[0]
  return cents((item.MonetaryAccountBank ?? item.MonetaryAccountSavings).balance.value)
}

/** Every account of every client, summed, in cents. */
export async function total(...clients: TestClient[]): Promise<number> {
  let sum = 0
  for (const c of clients) {
    const list = (await c.ok('GET', `/user/${c.userId}/monetary-account?count=200`)).json.Response
    for (const item of list) {
      const account = item.MonetaryAccountBank ?? item.MonetaryAccountSavings
      sum += cents(account.balance.value)
    }
  }
  return sum
}

/** Sugar Daddy pays `value` EUR into the client's first account (at once: delay 0 in tests). */
export async function topUp(c: TestClient, value: string): Promise<void> {
  await c.ok('POST', `${accountPath(c)}/request-inquiry`, {
    body: {
      amount_inquired: { value, currency: 'EUR' },
      counterparty_alias: sugar,
      description: 'top-up',
    },
  })
}

/** The EMAIL pointer of a client's user, to pay it. */
export async function emailOf(
  c: TestClient,
): Promise<{ type: string; value: string; name: string }> {
  const user = (await c.ok('GET', '/user')).json.Response[0]
  const u = user.UserPerson ?? user.UserCompany
  return {
    type: 'EMAIL',
    value: u.alias.find((a: { type: string }) => a.type === 'EMAIL').value,
    name: 'Payee',
  }
}
