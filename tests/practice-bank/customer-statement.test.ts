import { describe, expect, it } from 'vitest'
import type { TestClient } from './support/client'
import { fakeClock, faces } from './support/faces'
import { accountPath, cents, emailOf, topUp } from './support/ledger'
import { decimalCents, parseCsv, parseMt940, signed, SWIFT_X } from './support/statement-parsers'

// docs/decisions/0028: customer-statement exports against both faces. Every file is read with
// the independent parsers in support/statement-parsers.ts and checked row by row against the
// payment list the API answers, and its balances must add up to the cent.
const eur = (value: string) => ({ value, currency: 'EUR' })
const DAY = 86400e3

interface ListedPayment {
  id: number
  created: string
  amount: { value: string }
  description: string
  counterparty_alias: { iban: string | null; display_name: string }
  balance_after_mutation: { value: string }
}

async function paymentsOf(c: TestClient): Promise<ListedPayment[]> {
  const list = (await c.ok('GET', `${accountPath(c)}/payment?count=200`)).json.Response
  return list.map((item: { Payment: ListedPayment }) => item.Payment).reverse() // oldest first
}

const inRange = (p: ListedPayment, start: string, end: string) =>
  p.created.slice(0, 10) >= start && p.created.slice(0, 10) <= end

/** Days 1-5 from 2026-01-05: a top-up, three payments in 01-06..01-08, one payment after. */
async function ledgerWithHistory(makeFace: (typeof FACES)[number][1]) {
  const clock = fakeClock(Date.UTC(2026, 0, 5, 9, 30))
  const face = await makeFace({ platform: clock.platform })
  const payer = await face.client().bootstrap()
  const a = await face.client().bootstrap()
  const b = await face.client().bootstrap()
  await topUp(payer, '100')
  const pay = (from: TestClient, to: Awaited<ReturnType<typeof emailOf>>, v: string, d: string) =>
    from.ok('POST', `${accountPath(from)}/payment`, {
      body: { amount: eur(v), counterparty_alias: to, description: d },
    })
  clock.t += DAY
  await pay(payer, await emailOf(a), '12.50', 'Rent "January"; flat 2, Zoë')
  clock.t += DAY
  await pay(payer, await emailOf(b), '0.99', 'coffee')
  clock.t += DAY
  await pay(a, await emailOf(payer), '3.00', 'paid back: thanks - a')
  clock.t += 2 * DAY
  await pay(payer, await emailOf(b), '1.00', 'after the range')
  return { face, clock, payer, a, b }
}

const FACES = faces(0)

describe.each(FACES)('customer-statement (%s)', (_name, makeFace) => {
  it('exports CSV whose rows are the payment list of the range and whose balances add up', async () => {
    const { payer } = await ledgerWithHistory(makeFace)
    const payments = await paymentsOf(payer)
    const range = payments.filter((p) => inRange(p, '2026-01-06', '2026-01-08'))
    expect(range).toHaveLength(3)
    const before = payments.filter((p) => p.created.slice(0, 10) < '2026-01-06').at(-1)!
    for (const [region, separator, mark] of [
      ['UK_US', ',', '.'],
      ['EUROPEAN', ';', ','],
    ] as const) {
      const made = await payer.ok('POST', `${accountPath(payer)}/customer-statement`, {
        body: {
          statement_format: 'CSV',
          date_start: '2026-01-06',
          date_end: '2026-01-08',
          regional_format: region,
        },
      })
      const id = made.json.Response[0].Id.id
      const file = await payer.ok('GET', `${accountPath(payer)}/customer-statement/${id}/content`)
      expect(file.headers.get('Content-Type')).toBe('text/csv')
      expect(file.json).toBeNull() // the file itself, no JSON envelope
      const [header, ...rows] = parseCsv(file.text, separator)
      expect(header).toEqual([
        'Date',
        'Interest Date',
        'Amount',
        'Account',
        'Counterparty',
        'Name',
        'Description',
        'Balance after',
      ])
      expect(rows).toHaveLength(range.length)
      const iban = (await payer.ok('GET', accountPath(payer))).json.Response[0].MonetaryAccountBank
        .alias[0].value
      rows.forEach((row, i) => {
        const p = range[i]
        expect(row).toHaveLength(8)
        expect(row[0]).toBe(p.created.slice(0, 10))
        expect(row[1]).toBe(p.created.slice(0, 10))
        expect(decimalCents(row[2], mark)).toBe(cents(p.amount.value))
        expect(row[3]).toBe(iban)
        expect(row[4]).toBe(p.counterparty_alias.iban ?? '')
        expect(row[5]).toBe(p.counterparty_alias.display_name)
        expect(row[6]).toBe(p.description)
        expect(decimalCents(row[7], mark)).toBe(cents(p.balance_after_mutation.value))
      })
      // opening + sum of the rows = closing, with the opening the balance before the range.
      const opening = decimalCents(rows[0][7], mark) - decimalCents(rows[0][2], mark)
      expect(opening).toBe(cents(before.balance_after_mutation.value))
      const sum = rows.reduce((s, r) => s + decimalCents(r[2], mark), 0)
      expect(opening + sum).toBe(decimalCents(rows.at(-1)![7], mark))
      expect(opening + sum).toBe(10000 - 1250 - 99 + 300)
    }
  })

  it('exports MT940 with the SWIFT fields, lines of at most 65 characters and balances that add up', async () => {
    const { payer } = await ledgerWithHistory(makeFace)
    const payments = await paymentsOf(payer)
    const range = payments.filter((p) => inRange(p, '2026-01-06', '2026-01-08'))
    const before = payments.filter((p) => p.created.slice(0, 10) < '2026-01-06').at(-1)!
    const made = await payer.ok('POST', `${accountPath(payer)}/customer-statement`, {
      body: { statement_format: 'MT940', date_start: '2026-01-06', date_end: '2026-01-08' },
    })
    const id = made.json.Response[0].Id.id
    const file = await payer.ok('GET', `${accountPath(payer)}/customer-statement/${id}/content`)
    expect(file.text.endsWith('\r\n')).toBe(true)
    const mt = parseMt940(file.text)
    for (const line of mt.lines) {
      expect(line.length).toBeLessThanOrEqual(65)
      expect(line).toMatch(SWIFT_X)
    }
    expect(mt.lines[0].startsWith(':20:')).toBe(true)
    expect(mt.reference.length).toBeLessThanOrEqual(16)
    const account = (await payer.ok('GET', accountPath(payer))).json.Response[0].MonetaryAccountBank
    expect(mt.account).toBe(account.alias[0].value)
    expect(mt.number).toMatch(/^\d{5}(\/\d{1,5})?$/)
    expect(mt.opening).toEqual({
      mark: 'C',
      date: '2026-01-06',
      currency: 'EUR',
      cents: cents(before.balance_after_mutation.value),
    })
    expect(mt.closing.date).toBe('2026-01-08')
    expect(mt.entries).toHaveLength(range.length)
    mt.entries.forEach((entry, i) => {
      const p = range[i]
      expect(entry.valueDate).toBe(p.created.slice(0, 10))
      expect(signed(entry)).toBe(cents(p.amount.value))
      expect(entry.bankReference).toBe(String(p.id))
      expect(entry.information).toContain(p.counterparty_alias.iban!)
    })
    expect(mt.entries[0].information).toContain('Rent .January.. flat 2, Zoe')
    const sum = mt.entries.reduce((s, e) => s + signed(e), 0)
    expect(signed(mt.opening) + sum).toBe(signed(mt.closing))
    expect(signed(mt.closing)).toBe(cents(range.at(-1)!.balance_after_mutation.value))
  })

  it('lists, reads and deletes statements; a file holds only what was booked before it was made', async () => {
    const { payer, b } = await ledgerWithHistory(makeFace)
    const base = `${accountPath(payer)}/customer-statement`
    const first = (
      await payer.ok('POST', base, {
        body: {
          statement_format: 'CSV',
          date_start: '2026-01-01',
          date_end: '2026-12-31',
          regional_format: 'EUROPEAN',
        },
      })
    ).json.Response[0].Id.id
    // Booked after the first statement was made, on a day inside its range.
    await payer.ok('POST', `${accountPath(payer)}/payment`, {
      body: { amount: eur('2.00'), counterparty_alias: await emailOf(b), description: 'later' },
    })
    const second = (
      await payer.ok('POST', base, {
        body: { statement_format: 'MT940', date_start: '2026-01-01', date_end: '2026-12-31' },
      })
    ).json.Response[0].Id.id
    const read = (await payer.ok('GET', `${base}/${first}`)).json.Response[0].CustomerStatement
    expect(read).toMatchObject({
      id: first,
      date_start: '2026-01-01',
      date_end: '2026-12-31',
      statement_format: 'CSV',
      regional_format: 'EUROPEAN',
      statement_number: 1,
    })
    expect(read.alias_monetary_account.iban).toMatch(/^NL\d{2}/)
    const listed = (await payer.ok('GET', base)).json.Response.map(
      (x: { CustomerStatement: { id: number; statement_number: number } }) => x.CustomerStatement,
    )
    expect(listed.map((s: { id: number }) => s.id).sort()).toEqual([first, second].sort())
    expect(listed.find((s: { id: number }) => s.id === second).statement_number).toBe(2)
    const firstFile = parseCsv((await payer.ok('GET', `${base}/${first}/content`)).text, ';')
    expect(firstFile.map((r) => r[6])).not.toContain('later')
    expect(firstFile).toHaveLength(1 + 5) // header, top-up and four payments
    const secondFile = parseMt940((await payer.ok('GET', `${base}/${second}/content`)).text)
    expect(secondFile.entries).toHaveLength(6)
    expect(secondFile.closing.cents).toBe(
      cents((await paymentsOf(payer)).at(-1)!.balance_after_mutation.value),
    )
    await payer.ok('DELETE', `${base}/${first}`)
    expect((await payer.call('GET', `${base}/${first}`)).status).toBe(404)
    expect((await payer.call('GET', `${base}/${first}/content`)).status).toBe(404)
    // Another user cannot read this account's statements.
    expect(
      (await b.call('GET', `${accountPath(b, payer.accountId)}/customer-statement/${second}`))
        .status,
    ).toBe(404)
  })

  it('refuses PDF, bad dates and a missing regional format with a 400 naming the field', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const c = await face.client().bootstrap()
    const base = `${accountPath(c)}/customer-statement`
    const refusal = async (body: Record<string, unknown>) => {
      const reply = await c.call('POST', base, { body })
      expect(reply.status).toBe(400)
      return reply.json.Error[0].error_description as string
    }
    const ok = {
      statement_format: 'CSV',
      date_start: '2026-01-01',
      date_end: '2026-01-31',
      regional_format: 'UK_US',
    }
    expect(await refusal({ ...ok, statement_format: 'PDF' })).toMatch(
      /CSV and MT940 statements only/,
    )
    expect(await refusal({ ...ok, statement_format: 'XLS' })).toContain('statement_format')
    expect(await refusal({ ...ok, date_end: '2025-12-31' })).toContain('date_end')
    expect(await refusal({ ...ok, date_start: '2026-02-30' })).toContain('date_start')
    expect(await refusal({ ...ok, date_end: 'yesterday' })).toContain('date_end')
    expect(await refusal({ ...ok, regional_format: undefined })).toContain('regional_format')
    expect(await refusal({ ...ok, regional_format: 'ASIAN' })).toContain('regional_format')
    expect((await c.ok('GET', base)).json.Response).toEqual([])
    // The same day at both ends is a one-day statement, not an error.
    await c.ok('POST', base, { body: { ...ok, date_end: '2026-01-01' } })
  })
})
