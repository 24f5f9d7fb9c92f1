import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'

// docs/protocol.md §4: sandbox user -> installation -> device -> session -> GET /user.
describe.each(faces(0))('bootstrap (%s)', (_name, makeFace) => {
  it('walks the whole bootstrap and answers signed, positionally ordered envelopes', async () => {
    const client = (await makeFace()).client()
    const key = await client.createUser()
    expect(key).toMatch(/^sandbox_[0-9a-f]{64}$/)

    const install = await client.install()
    expect(install.status).toBe(200)
    expect(install.json.Response.map((e: object) => Object.keys(e)[0])).toEqual([
      'Id',
      'Token',
      'ServerPublicKey',
    ])
    expect(install.json.Response[1].Token.created).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/,
    )
    expect(install.json.Response[2].ServerPublicKey.server_public_key).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n/,
    )
    expect(install.headers.get('X-Bunq-Server-Signature')).toBeNull()

    const device = await client.registerDevice()
    expect(Object.keys(device.json.Response[0])).toEqual(['Id'])
    expect(device.signatureOk).toBe(true)

    const session = await client.openSession()
    expect(session.json.Response.map((e: object) => Object.keys(e)[0])).toEqual([
      'Id',
      'Token',
      'UserPerson',
    ])
    expect(session.json.Response[1].Token.token).toMatch(/^[0-9a-f]{64}$/)
    expect(session.json.Response[2].UserPerson.session_timeout).toBe(604800)

    const user = await client.ok('GET', '/user')
    expect(user.json.Response[0].UserPerson.id).toBe(client.userId)
    for (const path of [`/user/${client.userId}`, `/user-person/${client.userId}`]) {
      expect((await client.ok('GET', path)).json.Response[0].UserPerson.id).toBe(client.userId)
    }
  })

  it('creates a company user whose session answers UserCompany', async () => {
    const client = (await makeFace()).client()
    await client.bootstrap('company')
    const user = await client.ok('GET', `/user-company/${client.userId}`)
    expect(user.json.Response[0].UserCompany.name).toBeTypeOf('string')
    expect((await client.call('GET', `/user-person/${client.userId}`)).status).toBe(404)
  })

  it('ends the session of the token used on DELETE /session/0 and allows a new one', async () => {
    const client = (await makeFace()).client()
    await client.bootstrap()
    await client.ok('DELETE', '/session/0')
    const after = await client.call('GET', '/user')
    expect(after.status).toBe(401)
    expect(after.json.Error[0].error_description).toBe('Insufficient authorisation.')
    await client.openSession()
    await client.ok('GET', '/user')
  })
})
