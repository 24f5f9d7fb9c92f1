// The console (placeholders, signed sends through the pipeline, curl for the exact body) and the
// history (redacted in the store, raw in memory only, newest first, lazy load, snippets, clear).
import { describe, expect, it } from 'vitest'
import { verifyBytes } from '../../../src/crypto/rsa'
import { pemToPublicKey } from '../../../src/crypto/pem'
import { utf8Encode } from '../../../src/crypto/bytes'
import { prepareRequest } from '../../../src/state/live/prepare-curl'
import { built, makeWorld, onboard } from './world'

describe('live console', () => {
  it('fills {userID} and {monetary-accountID} and sends a signed, verified request', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    void models.accounts.accounts
    await models.accounts.settled()
    const userId = String(models.session.who?.userId)
    const consoleModel = await built(models.console)
    expect(consoleModel.placeholders).toEqual({
      userID: userId,
      'monetary-accountID': String(models.accounts.selectedId),
    })
    await consoleModel.send({
      method: 'GET',
      path: '/user/{userID}/monetary-account/{monetary-accountID}',
      body: '',
    })
    expect(consoleModel.error).toBeNull()
    const last = consoleModel.last!
    expect(last.redacted.request.url).toContain(
      `/user/${userId}/monetary-account/${models.accounts.selectedId}`,
    )
    expect(last.redacted.serverSignature).toBe('verified')

    await consoleModel.send({
      method: 'POST',
      path: '/user/{userID}/monetary-account-bank',
      body: '{ "currency": ',
    })
    expect(consoleModel.error?.code).toBe('bad-request')
    await consoleModel.send({ method: 'GET', path: '/user/{userID}/no-such-thing', body: '' })
    expect(consoleModel.error?.code).toBe('not-found')
  })

  it('copies a request as curl with the signature made for those exact body bytes', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const request = {
      method: 'POST',
      path: '/user/{userID}/monetary-account-bank',
      body: '{"currency": "EUR",   "description": "Café"}',
    }
    const curl = await (await built(models.console)).toCurl(request)
    const body = request.body // send() signs and sends the text exactly as typed
    expect(curl).toContain(`/user/${models.session.who?.userId}/monetary-account-bank`)
    expect(curl).toContain(body)
    expect(curl).toContain('openssl dgst -sha256 -sign')
    const apiKey = models.onboarding.apiKey as string
    const token = models.workspace.context?.session?.token as string
    expect(curl).not.toContain(apiKey)
    expect(curl).not.toContain(token)
    // The prepared request's signature verifies over exactly the bytes in the command.
    const prepared = await prepareRequest(models.workspace, {
      method: 'POST',
      path: `/user/${models.session.who?.userId}/monetary-account-bank`,
      bodyText: body,
    })
    const publicKey = await pemToPublicKey(models.onboarding.publicKeyPem as string)
    expect(prepared.body).toBe(body)
    expect(await verifyBytes(publicKey, utf8Encode(body), prepared.signature as string)).toBe(true)
    expect(
      await verifyBytes(
        publicKey,
        utf8Encode(JSON.stringify(JSON.parse(request.body))), // a re-serialisation does not verify
        prepared.signature as string,
      ),
    ).toBe(false)
    expect(prepared.headers['X-Bunq-Client-Authentication']).toBe(token)
  })

  it('explains instead of throwing when a request cannot be prepared', async () => {
    const { models } = await makeWorld()
    const text = await (
      await built(models.console)
    ).toCurl({ method: 'GET', path: '/user', body: '' })
    expect(text).toMatch(/^# This request cannot be prepared/)
  })
})

describe('live history', () => {
  it('stores every exchange redacted, newest first, and reloads it lazily in a new tab', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    const history = world.models.history
    expect(history.count).toBe(4) // sandbox-user, installation, device-server, session-server
    expect(history.slice(0, 1)[0].request.url).toMatch(/session-server$/)
    const apiKey = world.models.onboarding.apiKey as string
    expect(JSON.stringify(history.slice(0, 4))).not.toContain(apiKey)
    const newest = history.slice(0, 1)[0]
    expect(history.raw(newest.id)?.request.body).toContain(apiKey)

    const reloaded = await world.reopen()
    await reloaded.history.ready()
    expect(reloaded.history.count).toBe(4)
    expect(reloaded.history.slice(0, 4).map((e) => e.id)).toEqual(
      history.slice(0, 4).map((e) => e.id),
    )
    expect(reloaded.history.raw(newest.id)).toBeNull() // raw never left memory
    expect(reloaded.history.get(newest.id)?.request.method).toBe('POST')
  })

  it('makes snippets with secrets as placeholders, and clears', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const device = models.history.slice(0, 4).find((e) => e.request.url.endsWith('/device-server'))!
    const apiKey = models.onboarding.apiKey as string
    for (const language of ['curl', 'typescript', 'python'] as const) {
      const code = await models.history.snippet(device, language)
      expect(code.length).toBeGreaterThan(50)
      expect(code).not.toContain(apiKey)
    }
    expect(await models.history.snippet(device, 'curl')).toContain('BUNQ_API_KEY')
    await models.history.clear()
    expect(models.history.count).toBe(0)
  })
})
