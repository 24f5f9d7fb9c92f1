// bunq.conf files as bunq's SDKs write them (docs/protocol.md §13.1, §13.2), not as our exporter
// does: tests/bunq/fixtures/bunq-python.conf follows bunq/sdk_python's ApiContext.save()
// (json.dumps with indent=4 and sort_keys, None left out, PEMs without a final newline, the user
// under `user_person`); bunq-php.conf follows bunq/sdk_php's ApiContext::save() (JSON_PRETTY_PRINT
// in field order, "/" escaped as "\/", proxy_url null, the user under `userPerson`, the other user
// keys null, OpenSSL PEMs ending in a newline). Their keys are throwaway test keys.
import { createPrivateKey, createPublicKey, createSign, createVerify } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importBunqConf } from '../../src/bunq/context-file'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
// Before the files' expiry_time (2026-12-04 17:12 local), so the session is kept.
const NOW = new Date(2026, 11, 1, 12, 0, 0).getTime()

describe.each([
  ['bunq-python.conf', 'sdk_python'],
  ['bunq-php.conf', 'sdk_php'],
])('a %s written by %s', (file) => {
  const text = fixture(file)
  const raw = JSON.parse(text)

  it('imports every field the SDK wrote', async () => {
    const { context, sessionDropped } = await importBunqConf(text, NOW)
    expect(sessionDropped).toBe(false)
    expect(context.environment).toBe('SANDBOX')
    expect(context.apiKey).toBe(raw.api_key)
    expect(context.installation?.token).toBe(raw.installation_context.token)
    expect(context.session).toMatchObject({
      token: raw.session_context.token,
      userId: 1822179,
      userType: 'UserPerson',
      expiresAt: new Date(2026, 11, 4, 17, 12, 11, 918).getTime(),
    })
    expect(context.session?.user).toMatchObject({ display_name: 'Ada Lovelace' })
  })

  it('keeps the key pair and the server key usable: node:crypto signs and verifies with them', async () => {
    const { context } = await importBunqConf(text, NOW)
    const body = Buffer.from('{"secret":"sandbox_..."}')
    const signature = createSign('sha256')
      .update(body)
      .sign(createPrivateKey(context.privateKeyPem!))
    expect(
      createVerify('sha256').update(body).verify(createPublicKey(context.publicKeyPem!), signature),
    ).toBe(true)
    expect(
      createPublicKey(context.installation!.serverPublicKeyPem).asymmetricKeyDetails?.modulusLength,
    ).toBe(2048)
  })

  it('treats a session past its expiry_time as one to open again', async () => {
    const later = new Date(2026, 11, 5).getTime()
    const { context, sessionDropped } = await importBunqConf(text, later)
    expect(sessionDropped).toBe(true)
    expect(context.session).toBeNull()
    expect(context.installation?.token).toBe(raw.installation_context.token)
  })
})
