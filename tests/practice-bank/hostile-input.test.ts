import { afterEach, describe, expect, it } from 'vitest'
import { request as httpRequest } from 'node:http'
import {
  startPracticeBankServer,
  type RunningPracticeBank,
} from '../../scripts/practice-bank-server'
import { createMemoryStore, createPracticeBank, TEST_OPTIONS } from '../../src/practice-bank'
import { parseBody } from '../../src/practice-bank/body'
import { TestClient } from './support/client'
import { inPageFetch } from './support/faces'

// Bodies and methods a hostile or broken client sends: every one gets a 4xx in bunq's envelope,
// never a 500, and nothing under __proto__ or constructor reaches a handler.
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

function inPage() {
  const bank = createPracticeBank({ ...TEST_OPTIONS, store: createMemoryStore() })
  const c = new TestClient(inPageFetch(bank))
  return { bank, c }
}

describe('practice bank: hostile bodies', () => {
  it('answers 400 (not 500) to JSON nested 5,000 levels deep, in objects and arrays', async () => {
    const { c } = inPage()
    await c.bootstrap()
    const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)
    const deepArray = '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'
    for (const body of [deepObject, deepArray]) {
      const reply = await c.call(
        'POST',
        `/user/${c.userId}/monetary-account/${c.accountId}/payment`,
        { body },
      )
      expect(reply.status).toBe(400)
      expect(reply.json.Error[0].error_description).toMatch(/nested/)
    }
  })

  it('keeps moderately nested bodies (64 levels) working', () => {
    const body = '{"a":'.repeat(60) + '1' + '}'.repeat(60)
    let value: unknown = parseBody(bytes(body))
    for (let i = 0; i < 60; i++) value = (value as Record<string, unknown>).a
    expect(value).toBe(1)
  })

  it('never lets __proto__ set a prototype: the key is dropped at every level', () => {
    const parsed = parseBody(
      bytes(
        '{"__proto__":{"amount":{"value":"5.00"}},"x":[{"__proto__":{"y":1}}],"n":{"constructor":{"prototype":{"z":1}}}}',
      ),
    )
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect((parsed as Record<string, unknown>).amount).toBeUndefined()
    const item = (parsed.x as Record<string, unknown>[])[0]
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype)
    expect(item.y).toBeUndefined()
    expect(Object.keys(parsed.n as object)).toEqual([])
    expect(Object.keys(parsed)).toEqual(['x', 'n'])
  })

  it('refuses an installation whose key sits only under __proto__', async () => {
    const { c } = inPage()
    const reply = await c.call('POST', '/installation', {
      token: 'none',
      sign: false,
      body: `{"__proto__":{"client_public_key":${JSON.stringify(c.keys.publicPem)}}}`,
    })
    expect(reply.status).toBe(400)
    expect(reply.json.Error[0].error_description).toMatch(/client_public_key is required/)
  })

  it('does not charge a payment amount given under __proto__', async () => {
    const { c } = inPage()
    await c.bootstrap()
    const base = `/user/${c.userId}/monetary-account/${c.accountId}`
    const sugar = { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' }
    await c.ok('POST', `${base}/request-inquiry`, {
      body: {
        amount_inquired: { value: '10', currency: 'EUR' },
        counterparty_alias: sugar,
        description: 'top-up',
        allow_bunqme: false,
      },
    })
    const balance = async () =>
      (await c.ok('GET', base)).json.Response[0].MonetaryAccountBank.balance.value
    expect(await balance()).toBe('10.00')
    const reply = await c.call('POST', `${base}/payment`, {
      body: `{"__proto__":{"amount":{"value":"1.00","currency":"EUR"}},"counterparty_alias":${JSON.stringify(sugar)},"description":"proto"}`,
    })
    expect(reply.status).toBe(400)
    expect(await balance()).toBe('10.00')
  })

  it('answers 405 (not 500) to a method no route knows, in the page', async () => {
    const { c } = inPage()
    await c.bootstrap()
    for (const method of ['PATCH', 'PROPFIND', 'FOO']) {
      const reply = await c.call(method, `/user/${c.userId}`)
      expect(reply.status).toBe(405)
      expect(reply.json.Error[0].error_description).toMatch(/not allowed/)
    }
  })
})

describe('practice bank server: hostile methods', () => {
  let running: RunningPracticeBank | null = null
  afterEach(async () => {
    await running?.close()
    running = null
  })

  function raw(url: string, method: string, body?: string) {
    return new Promise<{ status: number; body: string; allow: unknown }>((resolve, reject) => {
      const headers =
        body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }
      const req = httpRequest(url, { method, headers }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, allow: res.headers.allow }),
        )
      })
      req.on('error', reject)
      if (body !== undefined) req.write(body)
      req.end()
    })
  }

  it('answers TRACE and methods no route knows 405 with Allow, never 500', async () => {
    running = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
    for (const method of ['TRACE', 'PROPFIND', 'PATCH']) {
      const reply = await raw(`${running.url}/sandbox-user-person`, method)
      expect(reply.status, method).toBe(405)
      expect(JSON.parse(reply.body).Error[0].error_description).toMatch(/not allowed/)
    }
    const trace = await raw(`${running.url}/user`, 'TRACE')
    expect(trace.allow).toBe('GET, POST, PUT, DELETE, OPTIONS')
  })

  it('answers 5,000-level JSON over HTTP with 400', async () => {
    running = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
    const reply = await raw(
      `${running.url}/installation`,
      'POST',
      '['.repeat(5000) + ']'.repeat(5000),
    )
    expect(reply.status).toBe(400)
  })
})
