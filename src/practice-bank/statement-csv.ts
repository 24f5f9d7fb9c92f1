import type { StatementLedger } from './statement-ledger'

/**
 * A customer statement as CSV (docs/decisions/0028, docs/protocol.md §10.7). bunq publishes no
 * column list; the columns below are the seven that parsers of bunq's exports in public
 * repositories read, in their order, plus our own "Balance after" last (so a reader of the first
 * seven is not disturbed). regional_format picks the separators, as bunq's spec says: UK_US is
 * comma-separated with a decimal point, EUROPEAN semicolon-separated with a decimal comma. Every
 * field is quoted, a quote doubled (RFC 4180), lines end in CRLF; amounts have no thousands
 * grouping.
 */
export type RegionalFormat = 'UK_US' | 'EUROPEAN'

export const CSV_COLUMNS = [
  'Date',
  'Interest Date',
  'Amount',
  'Account',
  'Counterparty',
  'Name',
  'Description',
  'Balance after',
] as const

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`
}

/** Cents as a plain decimal with the region's decimal mark: -1250 -> "-12.50" or "-12,50". */
export function csvAmount(cents: number, region: RegionalFormat): string {
  const abs = Math.abs(cents)
  const text = `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
  return region === 'EUROPEAN' ? text.replace('.', ',') : text
}

export function statementCsv(ledger: StatementLedger, region: RegionalFormat): string {
  const separator = region === 'EUROPEAN' ? ';' : ','
  const row = (fields: readonly string[]) => fields.map(quote).join(separator)
  const rows = [row(CSV_COLUMNS)]
  for (const line of ledger.lines) {
    rows.push(
      row([
        line.date,
        line.date,
        csvAmount(line.amount, region),
        ledger.account.iban,
        line.counterpartyIban,
        line.counterpartyName,
        line.description,
        csvAmount(line.balanceAfter, region),
      ]),
    )
  }
  return rows.join('\r\n') + '\r\n'
}
