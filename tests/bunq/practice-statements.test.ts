// The protocol core's typed customer-statement endpoints against the practice bank, in process
// (docs/decisions/0028): create, read, list and download CSV and MT940; the download is checked
// as a file (the same independent parsers the contract suite uses) and its server signature is
// verified over the raw bytes like any answer (docs/protocol.md §6.2, §10.7).
import { describe, expect, it } from 'vitest'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import { ApiError, SignatureError } from '../../src/bunq/errors'
import type { Exchange } from '../../src/bunq/exchange'
import {
  decimalCents,
  parseCsv,
  parseMt940,
  signed,
} from '../practice-bank/support/statement-parsers'
import type { FakePlatform } from './helpers/fake-platform'
import { onboardedClient, primaryIban } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'

const eur = (value: string) => ({ value, currency: 'EUR' })
const today = (platform: FakePlatform) => new Date(platform.now()).toISOString().slice(0, 10)

describe('typed customer-statement endpoints against the practice bank', () => {
  it('create, get, list and download CSV and MT940 that match the payments', async () => {
    const world = await practiceBankOnFakeClock()
    const { platform } = world
    const exchanges: Exchange[] = []
    const alice = await onboardedClient(world, { onExchange: ({ raw }) => exchanges.push(raw) })
    const bob = await onboardedClient(world)
    const a = await primaryIban(alice)
    const b = await primaryIban(bob)
    await alice.requestInquiries.create(a.id, sugarDaddyRequest('50.00'))
    await alice.payments.create(a.id, {
      amount: eur('7.25'),
      counterparty_alias: { type: 'IBAN', value: b.iban, name: 'Bob' },
      description: 'books',
    })
    const day = today(platform)

    const csvId = await alice.customerStatements.create(a.id, {
      statement_format: 'CSV',
      date_start: day,
      date_end: day,
      regional_format: 'EUROPEAN',
    })
    const read = await alice.customerStatements.get(a.id, csvId)
    expect(read).toMatchObject({ id: csvId, statement_format: 'CSV', regional_format: 'EUROPEAN' })
    const csv = await alice.customerStatements.content(a.id, csvId)
    expect(csv.contentType).toBe('text/csv')
    const [, ...rows] = parseCsv(csv.text(), ';')
    const payments = (await alice.payments.list(a.id)).items.reverse()
    expect(rows.map((r) => decimalCents(r[2], ','))).toEqual(
      payments.map((p) => Math.round(Number(p.amount.value) * 100)),
    )
    expect(rows.map((r) => r[6])).toEqual(payments.map((p) => p.description))
    expect(decimalCents(rows.at(-1)![7], ',')).toBe(5000 - 725)
    // The download went through the pipeline with its signature verified over the bytes.
    const download = exchanges.find((e) => e.request.url.endsWith(`/${csvId}/content`))!
    expect(download.serverSignature).toBe('verified')
    expect(download.response?.body).toBe(csv.text())

    const mtId = await alice.customerStatements.create(a.id, {
      statement_format: 'MT940',
      date_start: day,
      date_end: day,
    })
    const mt = parseMt940((await alice.customerStatements.content(a.id, mtId)).text())
    expect(mt.account).toBe(a.iban)
    expect(mt.entries.map(signed)).toEqual([5000, -725])
    expect(signed(mt.opening) + 5000 - 725).toBe(signed(mt.closing))
    // The console's any-endpoint call reads a `…/content` download as a file too.
    const viaConsole = await alice.call(
      'GET',
      `/user/{userID}/monetary-account/{monetary-accountID}/customer-statement/${mtId}/content`,
      undefined,
      { accountId: a.id },
    )
    expect(viaConsole.items).toEqual([])
    const consoleExchange = exchanges.at(-1)!
    expect(consoleExchange.serverSignature).toBe('verified')
    expect(consoleExchange.errorCode).toBeNull()
    expect(consoleExchange.response?.body.startsWith(':20:')).toBe(true)
    const listed = await alice.customerStatements.list(a.id)
    expect(listed.items.map((s) => s.id).sort()).toEqual([csvId, mtId].sort())
  })

  it('refuses a PDF with the bank error, and discards a download whose signature fails', async () => {
    const world = await practiceBankOnFakeClock()
    const { platform, bank } = world
    const alice = await onboardedClient(world)
    const a = await primaryIban(alice)
    const day = today(platform)
    const pdf = alice.customerStatements.create(a.id, {
      statement_format: 'PDF',
      date_start: day,
      date_end: day,
    })
    await expect(pdf).rejects.toBeInstanceOf(ApiError)
    await expect(pdf).rejects.toThrow(/CSV and MT940/)
    const id = await alice.customerStatements.create(a.id, {
      statement_format: 'MT940',
      date_start: day,
      date_end: day,
    })
    bank.faults.corruptNextSignature()
    await expect(alice.customerStatements.content(a.id, id)).rejects.toBeInstanceOf(SignatureError)
  })
})
