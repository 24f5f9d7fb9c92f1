import type { StatementLedger } from './statement-ledger'

/**
 * A customer statement as SWIFT MT940 (docs/decisions/0028, docs/protocol.md §10.7): the text
 * block of the message (fields :20:, :25:, :28C:, :60F:, one :61: and :86: per payment, :62F:),
 * without the FIN envelope blocks {1:}{2:}, as banks hand MT940 files to customers. Every line
 * is at most 65 characters, tag included; text uses the SWIFT "x" character set only (letters,
 * digits, space and / - ? : ( ) . , ' +), accents dropped and anything else written as '.', and
 * no continuation line starts with ':' or '-' (they would read as a new field or the end of the
 * message). Lines end in CRLF.
 */
export const MT940_LINE_MAX = 65
const INFO_LINES_MAX = 6

/** Text in the SWIFT x character set. */
export function swiftText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, '.')
}

/** Cents as an MT940 amount (15d): no sign, decimal comma, always a comma: 1250 -> "12,50". */
export function mt940Amount(cents: number): string {
  const abs = Math.abs(cents)
  return `${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}

/** `YYYY-MM-DD` -> `YYMMDD`. */
function yymmdd(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10)
}

function balance(tag: string, date: string, cents: number, currency: string): string {
  return `${tag}${cents < 0 ? 'D' : 'C'}${yymmdd(date)}${currency}${mt940Amount(cents)}`
}

/** Splits `text` into lines of `first` then `rest` characters, keeping line starts safe. */
function wrap(text: string, first: number, rest: number, maxLines: number): string[] {
  const lines: string[] = []
  let remaining = text
  while (remaining.length > 0 && lines.length < maxLines) {
    const width = lines.length === 0 ? first : rest
    let line = remaining.slice(0, width)
    remaining = remaining.slice(width)
    if (lines.length > 0 && /^[:-]/.test(line)) line = '.' + line.slice(1)
    lines.push(line)
  }
  return lines
}

/** The :86: information of one payment, `/KEY/value` pairs as Dutch banks structure it. */
function information(iban: string, name: string, description: string): string {
  const value = (text: string) => swiftText(text).replace(/\//g, '.')
  const parts = [
    iban ? `/IBAN/${value(iban)}` : '',
    name ? `/NAME/${value(name)}` : '',
    `/REMI/${value(description)}`,
  ]
  return parts.join('')
}

export function statementMt940(
  ledger: StatementLedger,
  statement: { id: number; dateStart: string; dateEnd: string; statementNumber: number },
): string {
  const currency = ledger.account.currency
  const lines = [
    `:20:STMT${statement.id}`.slice(0, 4 + 16),
    `:25:${ledger.account.iban}`,
    `:28C:${String(statement.statementNumber % 100000).padStart(5, '0')}/1`,
    balance(':60F:', statement.dateStart, ledger.opening, currency),
  ]
  for (const line of ledger.lines) {
    const mark = line.amount < 0 ? 'D' : 'C'
    lines.push(
      `:61:${yymmdd(line.date)}${line.date.slice(5, 7)}${line.date.slice(8, 10)}${mark}` +
        `${mt940Amount(line.amount)}NTRFNONREF//${line.paymentId}`,
    )
    const info = information(line.counterpartyIban, line.counterpartyName, line.description)
    const wrapped = wrap(info, MT940_LINE_MAX - 4, MT940_LINE_MAX, INFO_LINES_MAX)
    lines.push(`:86:${wrapped[0]}`, ...wrapped.slice(1))
  }
  lines.push(balance(':62F:', statement.dateEnd, ledger.closing, currency))
  return lines.join('\r\n') + '\r\n'
}
