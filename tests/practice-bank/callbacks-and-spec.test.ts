import { fileURLToPath } from 'node:url'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { faces, inPage } from './support/faces'

// docs/protocol.md §10.6 (notification filters, would-be callbacks), swagger UserListing/Event.
const sugar = { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' }

describe.each(faces(0))('notification filters, events, inspector (%s)', (_name, makeFace) => {
  it('stores user- and account-level filters, replaces them, records would-be callbacks', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    const user = `/user/${c.userId}/notification-filter-url`
    const account = `/user/${c.userId}/monetary-account/${c.accountId}/notification-filter-url`
    const set = await c.ok('POST', user, {
      body: {
        notification_filters: [
          { category: 'MUTATION', notification_target: 'https://hooks.example/m' },
        ],
      },
    })
    expect(set.json.Response[0].NotificationFilterUrl).toMatchObject({
      category: 'MUTATION',
      notification_target: 'https://hooks.example/m',
    })
    await c.ok('POST', account, {
      body: {
        notification_filters: [
          { category: 'REQUEST', notification_target: 'https://hooks.example/r' },
        ],
      },
    })
    expect((await c.ok('GET', user)).json.Response).toHaveLength(1)
    expect((await c.ok('GET', account)).json.Response[0].NotificationFilterUrl.category).toBe(
      'REQUEST',
    )
    const bad = await c.call('POST', user, {
      body: {
        notification_filters: [
          { category: 'MUTATION', notification_target: 'http://plain.example' },
        ],
      },
    })
    expect(bad.status).toBe(400)

    await c.ok('POST', `/user/${c.userId}/monetary-account/${c.accountId}/request-inquiry`, {
      body: {
        amount_inquired: { value: '5', currency: 'EUR' },
        counterparty_alias: sugar,
        description: 'cb',
        allow_bunqme: false,
      },
    })
    const callbacks = face.bank.inspector.callbacks
    const mutation = callbacks.find((cb) => cb.category === 'MUTATION')!
    expect(mutation.target_url).toBe('https://hooks.example/m')
    expect(mutation.body).toMatchObject({
      NotificationUrl: {
        category: 'MUTATION',
        event_type: 'MUTATION_CREATED',
        object: { Payment: { amount: { value: '5.00' } } },
      },
    })
    expect(callbacks.some((cb) => cb.target_url === 'https://hooks.example/r')).toBe(true)

    await c.ok('POST', user, { body: { notification_filters: [] } })
    expect((await c.ok('GET', user)).json.Response).toEqual([])
  })

  it('lists events newest first with the object they concern', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await c.ok('POST', `/user/${c.userId}/monetary-account/${c.accountId}/request-inquiry`, {
      body: {
        amount_inquired: { value: '7', currency: 'EUR' },
        counterparty_alias: sugar,
        description: 'ev',
        allow_bunqme: false,
      },
    })
    const events = (await c.ok('GET', `/user/${c.userId}/event?count=2`)).json
    expect(events.Response).toHaveLength(2)
    const [newest, older] = events.Response.map((e: { Event: { id: number } }) => e.Event)
    expect(newest.id).toBeGreaterThan(older.id)
    expect(Object.keys(newest.object)[0]).toMatch(/^(Payment|RequestInquiry)$/)
    expect(newest.user_id).toBe(String(c.userId))
    expect(events.Pagination.older_url).toContain('count=2&older_id=')
  })

  it('reports request signatures in the inspector without keeping any secret', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    await c.call('GET', '/user', { sign: 'AAAA' })
    await c.call('GET', '/user')
    const [stale, good] = face.bank.inspector.requests.slice(-2)
    expect([stale.signature, stale.signatureRequired, good.signature]).toEqual([
      'invalid',
      false,
      'valid',
    ])
    const dump = JSON.stringify(face.bank.inspector.requests)
    for (const secret of [c.apiKey, c.sessionToken, c.installationToken])
      expect(dump).not.toContain(secret)
  })
})

// Field names of the returned objects must exist in bunq's OpenAPI spec (§14), when it is present.
// Resolved from this file (repo/../shared), not the working directory; read only when present, and
// only inside the test, because Vitest runs a skipped describe's body while collecting.
// Beside the repository, or beside the folder of worktrees a repository may be checked out in.
const SWAGGER =
  ['../../../shared/bunq/swagger.json', '../../../../shared/bunq/swagger.json']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find((p) => existsSync(p)) ?? ''
describe.runIf(SWAGGER !== '')('field names against swagger.json', () => {
  let schemas: Record<string, { properties: Record<string, unknown> }> | undefined
  const check = (schema: string, object: Record<string, unknown>) => {
    schemas ??= JSON.parse(readFileSync(SWAGGER, 'utf8')).components.schemas
    const known = Object.keys(schemas![schema].properties)
    expect(
      Object.keys(object).filter((k) => !known.includes(k)),
      schema,
    ).toEqual([])
  }

  it('UserPerson, UserCompany, MonetaryAccountBank, Payment, RequestInquiry, RequestResponse, Event', async () => {
    const face = await inPage()
    const a = await face.client().bootstrap()
    const b = await face.client().bootstrap('company')
    const base = (c: typeof a) => `/user/${c.userId}/monetary-account/${c.accountId}`
    await a.ok('POST', `${base(a)}/request-inquiry`, {
      body: {
        amount_inquired: { value: '9', currency: 'EUR' },
        counterparty_alias: sugar,
        description: 's',
        allow_bunqme: false,
      },
    })
    const bAlias = (await b.ok('GET', '/user')).json.Response[0].UserCompany.alias[1]
    await a.ok('POST', `${base(a)}/payment`, {
      body: {
        amount: { value: '1', currency: 'EUR' },
        counterparty_alias: bAlias,
        description: 'p',
      },
    })
    await b.ok('POST', `${base(b)}/request-inquiry`, {
      body: {
        amount_inquired: { value: '2', currency: 'EUR' },
        counterparty_alias: {
          type: 'IBAN',
          value: (await a.ok('GET', base(a))).json.Response[0].MonetaryAccountBank.alias[0].value,
          name: 'A',
        },
        description: 'r',
        allow_bunqme: false,
      },
    })

    check('UserPerson', (await a.ok('GET', '/user')).json.Response[0].UserPerson)
    check('UserCompany', (await b.ok('GET', '/user')).json.Response[0].UserCompany)
    check('MonetaryAccountBank', (await a.ok('GET', base(a))).json.Response[0].MonetaryAccountBank)
    const payment = (await a.ok('GET', `${base(a)}/payment`)).json.Response[0].Payment
    check('Payment', payment)
    check('LabelMonetaryAccount', payment.counterparty_alias)
    check('LabelUser', payment.counterparty_alias.label_user)
    check('Amount', payment.amount)
    check(
      'RequestInquiry',
      (await a.ok('GET', `${base(a)}/request-inquiry`)).json.Response[0].RequestInquiry,
    )
    check(
      'RequestResponse',
      (await a.ok('GET', `${base(a)}/request-response`)).json.Response[0].RequestResponse,
    )
    check('Event', (await a.ok('GET', `/user/${a.userId}/event`)).json.Response[0].Event)
    const install = await face.client().install()
    check('InstallationToken', install.json.Response[1].Token)
    for (const pointer of (await a.ok('GET', '/user')).json.Response[0].UserPerson.alias)
      check('Pointer', pointer)
  })
})
