/**
 * Independent readers of the practice bank's statement files, written from the formats' own
 * rules (RFC 4180 for CSV, SWIFT MT940 field layouts), not from the bank's writers: the contract
 * tests check the files through these and the payment list, never through src/practice-bank.
 */

/** RFC 4180: quoted fields, "" for a quote inside one, CRLF or LF between records. */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === separator) {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

/** A decimal with the given decimal mark (no grouping) as integer cents. */
export function decimalCents(text: string, mark: '.' | ','): number {
  const pattern = mark === '.' ? /^(-?)(\d+)\.(\d{2})$/ : /^(-?)(\d+),(\d{2})$/
  const m = pattern.exec(text)
  if (!m) throw new Error(`not an amount with decimal mark ${mark}: ${text}`)
  const cents = Number(m[2]) * 100 + Number(m[3])
  return m[1] === '-' ? -cents : cents
}

export interface Mt940Balance {
  mark: 'C' | 'D'
  date: string
  currency: string
  cents: number
}

export interface Mt940Entry {
  valueDate: string
  mark: 'C' | 'D'
  cents: number
  type: string
  reference: string
  bankReference: string
  information: string
}

export interface Mt940Statement {
  lines: string[]
  reference: string
  account: string
  number: string
  opening: Mt940Balance
  closing: Mt940Balance
  entries: Mt940Entry[]
}

/** SWIFT "x" characters: letters, digits, space, / - ? : ( ) . , ' + (and CR LF between lines). */
export const SWIFT_X = /^[A-Za-z0-9/\-?:().,'+ ]*$/

const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d{1,12},\d{0,2})$/
// :61: 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x]
const LINE61 =
  /^(\d{6})(\d{4})?(C|D|RC|RD)([A-Z])?(\d{1,12},\d{0,2})([NSF])([A-Z0-9]{3})(.+?)(?:\/\/(.{1,16}))?$/

const yyyy = (yymmdd: string) =>
  `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`

function amount(text: string): number {
  const [whole, frac = ''] = text.split(',')
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'))
}

function balance(value: string): Mt940Balance {
  const m = BALANCE.exec(value)
  if (!m) throw new Error(`not an MT940 balance: ${value}`)
  return { mark: m[1] as 'C' | 'D', date: yyyy(m[2]), currency: m[3], cents: amount(m[4]) }
}

/** Splits the text block into fields (a tag starts a line; other lines continue the field). */
export function parseMt940(text: string): Mt940Statement {
  const lines = text.split('\r\n')
  if (lines.at(-1) === '') lines.pop()
  const fields: { tag: string; value: string[] }[] = []
  for (const line of lines) {
    const tag = /^:(\d{2}[A-Z]?):/.exec(line)
    if (tag) fields.push({ tag: tag[1], value: [line.slice(tag[0].length)] })
    else if (fields.length > 0) fields.at(-1)!.value.push(line)
    else throw new Error(`text before the first field: ${line}`)
  }
  const one = (tag: string) => {
    const found = fields.filter((f) => f.tag === tag)
    if (found.length !== 1) throw new Error(`expected one :${tag}:, found ${found.length}`)
    return found[0].value.join('\n')
  }
  const entries: Mt940Entry[] = []
  fields.forEach((f, i) => {
    if (f.tag !== '61') return
    const m = LINE61.exec(f.value[0])
    if (!m) throw new Error(`not an MT940 :61: line: ${f.value[0]}`)
    const next = fields[i + 1]
    entries.push({
      valueDate: yyyy(m[1]),
      mark: m[3].endsWith('D') ? 'D' : 'C',
      cents: amount(m[5]),
      type: m[6] + m[7],
      reference: m[8],
      bankReference: m[9] ?? '',
      information: next?.tag === '86' ? next.value.join('') : '',
    })
  })
  return {
    lines,
    reference: one('20'),
    account: one('25'),
    number: one('28C'),
    opening: balance(one('60F')),
    closing: balance(one('62F')),
    entries,
  }
}

export const signed = (b: { mark: 'C' | 'D'; cents: number }) =>
  b.mark === 'D' ? -b.cents : b.cents
