import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS } from '../../src/practice-bank'
import { parseArgs } from '../../scripts/practice-bank-server'
import { faces } from './support/faces'
import type { TestClient } from './support/client'

// docs/decisions/0015: the four fidelity corrections, each against both faces.
const base = (c: TestClient) => `/user/${c.userId}/monetary-account/${c.accountId}`
const balance = async (c: TestClient, accountId = c.accountId) =>
  (await c.ok('GET', `/user/${c.userId}/monetary-account/${accountId}`)).json.Response[0]
    .MonetaryAccountBank.balance.value

/** A key pair whose modulus has exactly `bits` bits (node:crypto honours odd sizes). */
function publicPemWithBits(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({
    type: 'spki',
    format: 'pem',
  }) as string
}

describe.each(faces(0))('fidelity corrections (%s)', (_name, makeFace) => {
  it('accepts 2047- and 2048-bit client keys and refuses 2046 bits', async () => {
    const face = await makeFace()
    const install = (pem: string) =>
      face
        .client()
        .call('POST', '/installation', { token: 'none', body: { client_public_key: pem } })
    expect((await install(publicPemWithBits(2047))).status).toBe(200)
    expect((await install(publicPemWithBits(2048))).status).toBe(200)
    const small = await install(publicPemWithBits(2046))
    expect(small.status).toBe(400)
    expect(small.json.Error[0].error_description).toContain('2046 bits')
  })

  it('lists monetary accounts oldest first, so the first ACTIVE one stays primary', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const first = c.accountId
    const second = (
      await c.ok('POST', `/user/${c.userId}/monetary-account-bank`, {
        body: { currency: 'EUR', description: 'Second' },
      })
    ).json.Response[0].Id.id
    for (const path of ['monetary-account', 'monetary-account-bank']) {
      const list = (await c.ok('GET', `/user/${c.userId}/${path}`)).json.Response
      const ids = list.map((i: { MonetaryAccountBank: { id: number } }) => i.MonetaryAccountBank.id)
      expect(ids).toEqual([first, second])
    }
    // Paging keeps the order: one per page, the first page holds the oldest account.
    const page1 = (await c.ok('GET', `/user/${c.userId}/monetary-account-bank?count=1`)).json
    expect(page1.Response[0].MonetaryAccountBank.id).toBe(first)
    expect(page1.Pagination.newer_url).toBe(
      `/v1/user/${c.userId}/monetary-account-bank?count=1&newer_id=${first}`,
    )
    const page2 = (await c.ok('GET', page1.Pagination.newer_url.slice(3))).json
    expect(page2.Response[0].MonetaryAccountBank.id).toBe(second)
    expect(page2.Pagination.newer_url).toBeNull()
    expect(page2.Pagination.older_url).toBe(
      `/v1/user/${c.userId}/monetary-account-bank?count=1&older_id=${second}`,
    )
    // Payments, as before, stay newest first.
    await c.ok('POST', `${base(c)}/request-inquiry`, {
      body: {
        amount_inquired: { value: '20', currency: 'EUR' },
        counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
        description: 'top-up',
      },
    })
    for (const value of ['1.00', '2.00']) {
      await c.ok('POST', `${base(c)}/payment`, {
        body: {
          amount: { value, currency: 'EUR' },
          counterparty_alias: { type: 'EMAIL', value: 'bravo@bunq.com', name: 'Bravo' },
          description: value,
        },
      })
    }
    const payments = (await c.ok('GET', `${base(c)}/payment`)).json.Response
    expect(
      payments.map((p: { Payment: { description: string } }) => p.Payment.description),
    ).toEqual(['2.00', '1.00', 'top-up'])
  })

  it('has bravo@bunq.com and sugardaddy@bunq.com as residents who accept payments', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await c.ok('POST', `${base(c)}/request-inquiry`, {
      body: {
        amount_inquired: { value: '50', currency: 'EUR' },
        counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
        description: 'top-up',
      },
    })
    for (const email of ['bravo@bunq.com', 'SugarDaddy@bunq.com']) {
      const paid = await c.call('POST', `${base(c)}/payment`, {
        body: {
          amount: { value: '10.00', currency: 'EUR' },
          counterparty_alias: { type: 'EMAIL', value: email, name: 'Resident' },
          description: `to ${email}`,
        },
      })
      expect(paid.status).toBe(200)
    }
    expect(await balance(c)).toBe('30.00')
    const out = (await c.ok('GET', `${base(c)}/payment`)).json.Response
    expect(out[1].Payment.counterparty_alias.display_name).toBe('Bravo Sandbox')
    expect(out[0].Payment.counterparty_alias.display_name).toBe('Sugar Daddy')
  })

  it('Sugar Daddy pays inside the request by default: the very next read sees the money', async () => {
    // The defaults of both faces: the page's options and the server's command line.
    expect(DEFAULT_OPTIONS.sugarDaddyDelayMs).toBe(0)
    expect(parseArgs([]).sugarDaddyDelayMs).toBe(0)
    const face = await makeFace({ sugarDaddyDelayMs: DEFAULT_OPTIONS.sugarDaddyDelayMs })
    const c = await face.client().bootstrap()
    const asked = await c.ok('POST', `${base(c)}/request-inquiry`, {
      body: {
        amount_inquired: { value: '25', currency: 'EUR' },
        counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
        description: 'top-up',
      },
    })
    expect(await balance(c)).toBe('25.00')
    const id = asked.json.Response[0].Id.id
    const q = (await c.ok('GET', `${base(c)}/request-inquiry/${id}`)).json.Response[0]
    expect(q.RequestInquiry.status).toBe('ACCEPTED')
  })
})
