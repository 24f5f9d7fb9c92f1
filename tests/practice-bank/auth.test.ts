import { describe, expect, it } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { fakeClock, faces } from './support/faces'

const TEXT = {
  auth: 'Insufficient authorisation.',
  credentials: 'User credentials are incorrect. Incorrect API key or IP address.',
  invalid: 'The request signature is invalid.',
  required:
    'For this operation a request signature is required. Check the urls for more information.',
}

// docs/protocol.md §4.4-§4.6, §6, §8: signatures, tokens, sessions and their switches.
describe.each(faces(0))('signatures (%s)', (_name, makeFace) => {
  it('requires a signature on session-server: 466 when missing, 400 when wrong (401 by switch)', async () => {
    for (const status of [400, 401] as const) {
      const c = (await makeFace({ badSignatureStatus: status })).client()
      await c.createUser()
      await c.install()
      await c.registerDevice()
      const body = { secret: c.apiKey }
      const missing = await c.call('POST', '/session-server', {
        token: 'installation',
        body,
        sign: false,
      })
      expect([missing.status, missing.json.Error[0].error_description]).toEqual([
        466,
        TEXT.required,
      ])
      const wrong = await c.call('POST', '/session-server', {
        token: 'installation',
        body,
        sign: 'AAAA',
      })
      expect([wrong.status, wrong.json.Error[0].error_description]).toEqual([status, TEXT.invalid])
    }
  })

  it('checks payments signed with another key as invalid', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const body = JSON.stringify({
      amount: { value: '1', currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com' },
      description: 'x',
    })
    const { createSign } = await import('node:crypto')
    const sig = createSign('sha256').update(body).sign(other, 'base64')
    const reply = await c.call(
      'POST',
      `/user/${c.userId}/monetary-account/${c.accountId}/payment`,
      { body, sign: sig },
    )
    expect(reply.json.Error[0].error_description).toBe(TEXT.invalid)
  })

  it('signs every 200 after installation, leaves installation and errors unsigned by default', async () => {
    const c = (await makeFace()).client()
    await c.createUser()
    expect((await c.install()).headers.get('X-Bunq-Server-Signature')).toBeNull()
    expect((await c.registerDevice()).signatureOk).toBe(true)
    expect((await c.openSession()).signatureOk).toBe(true)
    const error = await c.call('GET', '/user/999')
    expect(error.status).toBe(404)
    expect(error.headers.get('X-Bunq-Server-Signature')).toBeNull()
  })

  it('signs installation responses and errors under their switches', async () => {
    const c = (
      await makeFace({ signInstallationResponse: true, signErrorResponses: true })
    ).client()
    await c.createUser()
    const install = await c.install()
    expect(install.signatureOk).toBe(true)
    await c.registerDevice()
    await c.openSession()
    const error = await c.call('GET', '/user/999')
    expect([error.status, error.signatureOk]).toEqual([404, true])
  })

  it('corrupts the next server signature once (fault switch)', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    face.bank.faults.corruptNextSignature()
    expect((await c.call('GET', '/user')).signatureOk).toBe(false)
    expect((await c.call('GET', '/user')).signatureOk).toBe(true)
  })

  it('refuses a 4096-bit client key unless acceptedKeyBits allows it', async () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 4096 }).publicKey.export({
      type: 'spki',
      format: 'pem',
    }) as string
    const strict = (await makeFace()).client()
    expect(
      (
        await strict.call('POST', '/installation', {
          token: 'none',
          body: { client_public_key: pem },
        })
      ).status,
    ).toBe(400)
    const loose = (await makeFace({ acceptedKeyBits: [2048, 4096] })).client()
    expect(
      (
        await loose.call('POST', '/installation', {
          token: 'none',
          body: { client_public_key: pem },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await loose.call('POST', '/installation', {
          token: 'none',
          body: { client_public_key: 'garbage' },
        })
      ).status,
    ).toBe(400)
  })
})

describe.each(faces(0))('tokens and sessions (%s)', (_name, makeFace) => {
  it('answers "Insufficient authorisation." for no, unknown or wrong-kind tokens', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const replies = [
      await c.call('GET', '/user', { token: 'none' }),
      await c.call('GET', '/user', { token: 'f'.repeat(64) }),
      await c.call('GET', '/user', { token: 'installation' }),
      await c.call('POST', '/device-server', {
        token: 'session',
        body: { description: 'd', secret: c.apiKey },
      }),
    ]
    for (const r of replies)
      expect([r.status, r.json.Error[0].error_description]).toEqual([401, TEXT.auth])
  })

  it('refuses a bad API key, a wrong IP, and a key past its bind window', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const c = face.client()
    await c.createUser()
    await c.install()
    const bad = await c.call('POST', '/device-server', {
      token: 'installation',
      body: { description: 'd', secret: 'sandbox_nope' },
    })
    expect([bad.status, bad.json.Error[0].error_description]).toEqual([400, TEXT.credentials])
    await c.registerDevice(null) // no permitted_ips: bound to the caller's IP
    face.bank.options.callerIp = '198.51.100.7'
    const moved = await c.call('POST', '/session-server', {
      token: 'installation',
      body: { secret: c.apiKey },
    })
    expect([moved.status, moved.json.Error[0].error_description]).toEqual([400, TEXT.credentials])
    face.bank.options.callerIp = '203.0.113.10'
    await c.openSession()
    const late = face.client()
    await late.createUser()
    await late.install()
    clock.t += 3600e3 + 1
    const refused = await late.call('POST', '/device-server', {
      token: 'installation',
      body: { description: 'd', secret: late.apiKey, permitted_ips: ['*'] },
    })
    expect(refused.json.Error[0].error_description).toBe(TEXT.credentials)
    face.bank.options.apiKeyBindWindow = '4h'
    await late.registerDevice()
  })

  it('expires sessions after session_timeout and extends them per the swagger rule', async () => {
    const clock = fakeClock()
    const c = await (
      await makeFace({ platform: clock.platform, sessionTimeoutSeconds: 600 })
    )
      .client()
      .bootstrap()
    clock.t += 580e3 // 20 s left: this call extends to now + min(600, 300) s
    await c.ok('GET', '/user')
    clock.t += 299e3
    await c.ok('GET', '/user')
    clock.t += 300e3 // more than 30 s were left at the last call, so no further extension
    const gone = await c.call('GET', '/user')
    expect([gone.status, gone.json.Error[0].error_description]).toEqual([401, TEXT.auth])
  })

  it('never extends under sessionExtension none; 403 text under expiredSessionError', async () => {
    const clock = fakeClock()
    const face = await makeFace({
      platform: clock.platform,
      sessionTimeoutSeconds: 60,
      sessionExtension: 'none',
      expiredSessionError: { status: 403, text: 'Insufficient authentication.' },
    })
    const c = await face.client().bootstrap()
    clock.t += 59e3
    await c.ok('GET', '/user')
    clock.t += 1e3
    const gone = await c.call('GET', '/user')
    expect([gone.status, gone.json.Error[0].error_description]).toEqual([
      403,
      'Insufficient authentication.',
    ])
  })

  it('expires every session now (fault switch); a new session on the same installation works', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    face.bank.faults.expireSessionsNow()
    expect((await c.call('GET', '/user')).status).toBe(401)
    await c.openSession()
    await c.ok('GET', '/user')
  })

  it('allows a second session by default; refuses it under singleSessionPerInstallation', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const first = c.sessionToken
    await c.openSession()
    await c.ok('GET', '/user', { token: first })
    const strict = await (
      await makeFace({ singleSessionPerInstallation: true })
    )
      .client()
      .bootstrap()
    const second = await strict.call('POST', '/session-server', {
      token: 'installation',
      body: { secret: strict.apiKey },
    })
    expect(second.json.Error[0].error_description).toBe(
      'Authentication token already has a user session.',
    )
  })
})
