import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import { signText } from './support/client'

// docs/protocol.md §3, §7, §8: envelopes, headers, error shapes; docs/architecture.md, "practice bank handler table" (404/405).
describe.each(faces(0))('wire format (%s)', (_name, makeFace) => {
  it('answers application/json exactly, a response id on every answer, the request id echoed', async () => {
    const c = (await makeFace()).client()
    const ok = await c.call('POST', '/sandbox-user-person', {
      headers: { 'X-Bunq-Client-Request-Id': 'uniqueness-is-required' },
    })
    const missing = await c.call('GET', '/no-such-thing', {
      headers: { 'X-Bunq-Client-Request-Id': 'uniqueness-is-required' },
    })
    const plain = await c.call('GET', '/also-missing')
    for (const reply of [ok, missing, plain]) {
      expect(reply.headers.get('Content-Type')).toBe('application/json')
      expect(reply.headers.get('X-Bunq-Client-Response-Id')).toMatch(/^[0-9a-f-]{36}$/)
    }
    expect(ok.headers.get('X-Bunq-Client-Request-Id')).toBe('uniqueness-is-required')
    expect(missing.headers.get('X-Bunq-Client-Request-Id')).toBe('uniqueness-is-required')
    expect(plain.headers.get('X-Bunq-Client-Request-Id')).toBeNull()
    expect(ok.headers.get('X-Bunq-Client-Response-Id')).not.toBe(
      missing.headers.get('X-Bunq-Client-Response-Id'),
    )
  })

  it('answers an unknown route 404, a wrong method 405, malformed JSON 400, each in the Error envelope', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const notFound = await c.call('GET', '/user/1/no-such-endpoint')
    const wrongMethod = await c.call('DELETE', '/user')
    const malformed = await c.call(
      'POST',
      `/user/${c.userId}/monetary-account/${c.accountId}/payment`,
      { body: '{"amount": {' },
    )
    const arrayBody = await c.call('POST', '/installation', { body: '[1,2]', token: 'none' })
    expect([notFound.status, wrongMethod.status, malformed.status, arrayBody.status]).toEqual([
      404, 405, 400, 400,
    ])
    for (const reply of [notFound, wrongMethod, malformed, arrayBody]) {
      expect(Object.keys(reply.json)).toEqual(['Error'])
      expect(reply.json.Error[0].error_description).toBeTypeOf('string')
      expect(reply.json.Error[0].error_description_translated).toBeTypeOf('string')
      expect(reply.headers.get('X-Bunq-Server-Signature')).toBeNull()
    }
  })

  it('writes ASCII-only JSON with non-ASCII escaped as \\uXXXX, and signs those bytes', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await c.ok('POST', `/user/${c.userId}/monetary-account-bank`, {
      body: { currency: 'EUR', description: 'Spaarpot für Zoë €' },
    })
    const list = await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)
    expect(list.text).toMatch(/^[\x20-\x7e]*$/)
    expect(list.text).toContain('f\\u00fcr Zo\\u00eb \\u20ac')
    expect(list.json.Response.at(-1).MonetaryAccountBank.description).toBe('Spaarpot für Zoë €')
    expect(list.signatureOk).toBe(true)
  })

  it('times are UTC YYYY-MM-DD hh:mm:ss.ffffff and amounts 2-decimal strings', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const user = (await c.ok('GET', '/user')).json.Response[0].UserPerson
    expect(user.created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/)
    expect(Number.isInteger(user.session_timeout)).toBe(true)
    const acc = (await c.ok('GET', `/user/${c.userId}/monetary-account-bank/${c.accountId}`)).json
      .Response[0].MonetaryAccountBank
    expect(acc.balance.value).toMatch(/^-?\d+\.\d\d$/)
  })
})

// docs/protocol.md §17: what real clients send must be accepted.
describe.each(faces(0))('what real clients send (%s)', (_name, makeFace) => {
  it('accepts no Content-Type, pretty JSON signed as sent, PHP nulls and \\/ escapes', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await c.ok('POST', `/user/${c.userId}/monetary-account/${c.accountId}/request-inquiry`, {
      body: JSON.stringify(
        {
          allow_bunqme: false,
          amount_inquired: { currency: 'EUR', value: '100' },
          counterparty_alias: { name: 'Sugar Daddy', type: 'EMAIL', value: 'sugardaddy@bunq.com' },
          description: 'pretty',
          event_id: null,
        },
        null,
        4,
      ),
      headers: { 'Content-Type': '' },
    })
    const php =
      '{"amount":{"value":"1.00","currency":"EUR"},"counterparty_alias":{"type":"EMAIL","value":"sugardaddy@bunq.com","name":"S"},"description":"a\\/b","attachment":null,"allow_bunqto":null}'
    const reply = await c.ok('POST', `/user/${c.userId}/monetary-account/${c.accountId}/payment`, {
      body: php,
      headers: { 'Content-Type': '' },
    })
    const id = reply.json.Response[0].Id.id
    const payment = (
      await c.ok('GET', `/user/${c.userId}/monetary-account/${c.accountId}/payment/${id}`)
    ).json.Response[0].Payment
    expect(payment.description).toBe('a/b')
    expect(payment.balance_after_mutation.value).toBe('99.00')
  })

  it('accepts an empty sandbox-user body, a trailing slash, a GET with a body ignored, CRLF PEM, permitted_ips []', async () => {
    const c = (await makeFace()).client()
    const empty = await c.call('POST', '/sandbox-user-person', {
      body: '',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(empty.status).toBe(200)
    c.apiKey = empty.json.Response[0].ApiKey.api_key
    const install = await c.install(c.keys.publicPem.replace(/\n/g, '\r\n'))
    expect(install.status).toBe(200)
    // Empty and stale signatures where bunq does not require one are ignored (§17).
    await c.ok('POST', '/device-server', {
      token: 'installation',
      sign: '',
      body: { description: 'php', secret: c.apiKey, permitted_ips: [] },
    })
    await c.openSession()
    await c.ok('GET', '/user/', { sign: 'c3RhbGU=' })
    expect((await c.ok('GET', `/user/${c.userId}/`)).json.Response[0].UserPerson.id).toBe(c.userId)
  })

  it('accepts a reused request id by default and refuses it under requestIdReuse reject', async () => {
    const lenient = await (await makeFace()).client().bootstrap()
    const same = { headers: { 'X-Bunq-Client-Request-Id': 'postman-fixed-id' } }
    await lenient.ok('GET', '/user', same)
    await lenient.ok('GET', '/user', same)
    const strict = await (await makeFace({ requestIdReuse: 'reject' })).client().bootstrap()
    await strict.ok('GET', '/user', same)
    const again = await strict.call('GET', '/user', same)
    expect(again.status).toBe(400)
    expect(again.headers.get('X-Bunq-Client-Request-Id')).toBe('postman-fixed-id')
  })

  it('accepts numeric amounts unless strictAmountStrings', async () => {
    const body = {
      amount_inquired: { value: 100, currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com' },
      description: 'n',
      allow_bunqme: false,
    }
    const lenient = await (await makeFace()).client().bootstrap()
    await lenient.ok(
      'POST',
      `/user/${lenient.userId}/monetary-account/${lenient.accountId}/request-inquiry`,
      { body },
    )
    const strict = await (await makeFace({ strictAmountStrings: true })).client().bootstrap()
    const refused = await strict.call(
      'POST',
      `/user/${strict.userId}/monetary-account/${strict.accountId}/request-inquiry`,
      { body },
    )
    expect(refused.status).toBe(400)
  })

  it('verifies the signature over the exact bytes received, not a re-serialisation', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const text = '{ "amount" : {"value":"0.00","currency":"EUR"}, "description":"x"}'
    const path = `/user/${c.userId}/monetary-account/${c.accountId}/payment`
    const compact = JSON.stringify(JSON.parse(text))
    const wrong = await c.call('POST', path, {
      body: text,
      sign: signText(c.keys.privateKey, compact),
    })
    expect(wrong.json.Error[0].error_description).toBe('The request signature is invalid.')
    const right = await c.call('POST', path, { body: text })
    expect(right.status).toBe(400) // signature fine; the zero amount is what is refused
    expect(right.json.Error[0].error_description).not.toBe('The request signature is invalid.')
  })
})
