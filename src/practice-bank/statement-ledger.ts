import type { Bank } from './bank'
import { displayName } from './render-user'
import type { AccountData } from './state'
import type { StatementData } from './state-money'

/**
 * The part of an account's ledger a customer statement shows (docs/decisions/0028): the payments
 * the payment list shows, booked on a UTC day from `dateStart` to `dateEnd` inclusive and before
 * the statement was made, oldest first, with the balance before the first and after the last.
 * The practice bank never books a payment without its balance after it, so
 * `opening + sum(amounts) = closing` holds by construction; the tests check it from the outside.
 */
export interface StatementLine {
  paymentId: number
  /** `YYYY-MM-DD` (UTC) of the booking. */
  date: string
  /** Cents; negative for money going out. */
  amount: number
  counterpartyIban: string
  counterpartyName: string
  description: string
  balanceAfter: number
}

export interface StatementLedger {
  account: AccountData
  ownerName: string
  opening: number
  closing: number
  lines: StatementLine[]
}

/** `YYYY-MM-DD` of an epoch-millisecond time, in UTC. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}

function counterparty(bank: Bank, p: Bank['state']['payments'][number]) {
  if (p.counterpartyAccountId !== null) {
    const other = bank.account(p.counterpartyAccountId)
    return { iban: other.iban, name: displayName(bank.user(other.userId)) }
  }
  const pointer = p.counterpartyPointer
  return {
    iban: pointer?.type === 'IBAN' ? pointer.value : '',
    name: pointer?.name || pointer?.value || '',
  }
}

export function statementLedger(bank: Bank, statement: StatementData): StatementLedger {
  const account = bank.account(statement.accountId)
  // Payments made after the statement have larger ids: the export is what existed when it was made.
  const booked = bank.state.payments
    .filter((p) => p.accountId === account.id && p.id < statement.id)
    .sort((a, b) => a.id - b.id)
  let opening = 0
  const lines: StatementLine[] = []
  for (const p of booked) {
    const day = utcDay(p.created)
    if (day < statement.dateStart) {
      opening = p.balanceAfter
      continue
    }
    if (day > statement.dateEnd) continue
    const other = counterparty(bank, p)
    lines.push({
      paymentId: p.id,
      date: day,
      amount: p.amount,
      counterpartyIban: other.iban,
      counterpartyName: other.name,
      description: p.description,
      balanceAfter: p.balanceAfter,
    })
  }
  const closing = lines.length > 0 ? lines[lines.length - 1].balanceAfter : opening
  return { account, ownerName: displayName(bank.user(account.userId)), opening, closing, lines }
}
