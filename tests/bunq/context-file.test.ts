// bunq.conf export/import (docs/protocol.md §13) and the Postman environment.
import { createPrivateKey, createPublicKey, createSign, createVerify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  exportBunqConf,
  formatExpiryTime,
  importBunqConf,
  parseExpiryTime,
} from '../../src/bunq/context-file'
import { exportPostmanEnvironment } from '../../src/bunq/postman-environment'
import { fullContext, testKeys } from '../storage/helpers'

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0)

describe('bunq.conf export', () => {
  it('from a practice bank: one extra key, in sort order, that our importer and the SDKs skip', async () => {
    const context = await fullContext()
    const text = exportBunqConf(context)
    const file = JSON.parse(text)
    expect(Object.keys(file)).toEqual([
      'api_key',
      'environment_type',
      'installation_context',
      'practice_bank_note',
      'session_context',
    ])
    expect(file.practice_bank_note).toContain('work only against the practice bank')
    expect(file.practice_bank_note).toContain('npm run practice-bank')
    expect(file.practice_bank_note).not.toContain('`')
    const { context: back } = await importBunqConf(text, NOW)
    expect(back.apiKey).toBe(context.apiKey)
    expect(back.session?.token).toBe(context.session!.token)
  })

  it('writes one file both SDKs read: keys, capitals, six digits, user under both names', async () => {
    const context = { ...(await fullContext()), bank: { kind: 'bunq-sandbox' as const } }
    const file = JSON.parse(exportBunqConf(context))
    expect(Object.keys(file)).toEqual([
      'api_key',
      'environment_type',
      'installation_context',
      'session_context',
    ])
    expect(file.environment_type).toBe('SANDBOX')
    expect(Object.keys(file.installation_context)).toEqual([
      'private_key_client',
      'public_key_client',
      'public_key_server',
      'token',
    ])
    expect(file.installation_context.private_key_client).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(file.session_context.expiry_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/)
    expect(file.session_context.user_person).toEqual(context.session!.user)
    expect(file.session_context.userPerson).toEqual(context.session!.user)
    expect(file.session_context.user_id).toBe(1822179)
  })

  it('writes expiry_time in local time with microseconds', () => {
    const ms = new Date(2026, 10, 27, 21, 4, 5, 123).getTime()
    expect(formatExpiryTime(ms)).toBe('2026-11-27 21:04:05.123000')
  })

  it('round-trips: export -> import gives the same context, and the same file again', async () => {
    const context = { ...(await fullContext()), bank: { kind: 'bunq-sandbox' as const } }
    const text = exportBunqConf(context)
    const { context: imported, sessionDropped } = await importBunqConf(text, NOW)
    expect(sessionDropped).toBe(false)
    // The file format has no installation, device or session ids (§13.1): those come back null.
    // Nor a bank: bunq's file is bunq's sandbox or production (the importer binds it, 0023).
    expect(imported).toEqual({
      ...context,
      installation: { ...context.installation!, id: null },
      device: { id: null, description: 'imported from bunq.conf' },
      session: { ...context.session!, id: null },
    })
    expect(exportBunqConf(imported)).toBe(text)
  })

  it('exports keys that node:crypto signs and verifies, both ways with WebCrypto', async () => {
    const file = JSON.parse(exportBunqConf(await fullContext()))
    const privateKey = createPrivateKey(file.installation_context.private_key_client)
    const publicKey = createPublicKey(file.installation_context.public_key_client)
    const body = '{"amount":{"value":"0.10","currency":"EUR"}}'
    const signature = createSign('RSA-SHA256').update(body).sign(privateKey)
    expect(createVerify('RSA-SHA256').update(body).verify(publicKey, signature)).toBe(true)
    const { context } = await importBunqConf(JSON.stringify(file), NOW)
    expect(context.privateKeyPem).toBe(file.installation_context.private_key_client)
  })
})

describe('bunq.conf import', () => {
  async function pythonFile(overrides: Record<string, unknown> = {}) {
    const file = JSON.parse(exportBunqConf(await fullContext()))
    delete file.session_context.userPerson
    return { ...file, proxy_url: null, ...overrides }
  }

  it('accepts the PHP variant (camelCase user, proxy, nulls for absent users)', async () => {
    const file = JSON.parse(exportBunqConf(await fullContext()))
    delete file.session_context.user_person
    file.session_context.userCompany = null
    file.proxy = null
    const { context } = await importBunqConf(JSON.stringify(file), NOW)
    expect(context.session?.userType).toBe('UserPerson')
    expect(context.session?.user).toMatchObject({ display_name: 'Test Person' })
  })

  it('reads a company user from either key', async () => {
    const file = await pythonFile()
    file.session_context.user_company = file.session_context.user_person
    delete file.session_context.user_person
    const { context } = await importBunqConf(JSON.stringify(file), NOW)
    expect(context.session?.userType).toBe('UserCompany')
  })

  it('accepts a PKCS#1 private key and stores it as PKCS#8', async () => {
    const keys = await testKeys()
    const pkcs1 = createPrivateKey(keys.privatePem)
      .export({ type: 'pkcs1', format: 'pem' })
      .toString()
    const file = await pythonFile()
    file.installation_context.private_key_client = pkcs1
    const { context } = await importBunqConf(JSON.stringify(file), NOW)
    expect(context.privateKeyPem).toBe(keys.privatePem)
  })

  it.each([
    ['2030-06-01 12:30:45.1', 100],
    ['2030-06-01 12:30:45.123', 123],
    ['2030-06-01 12:30:45.918100', 918],
    ['2030-06-01 12:30:45', 0],
  ])('reads expiry_time %s (1-6 fractional digits, local time)', (text, ms) => {
    expect(parseExpiryTime(text)).toBe(new Date(2030, 5, 1, 12, 30, 45, ms).getTime())
  })

  it('reads ISO 8601 expiry times with a zone', () => {
    expect(parseExpiryTime('2030-06-01T12:30:45.5Z')).toBe(Date.UTC(2030, 5, 1, 12, 30, 45, 500))
    expect(parseExpiryTime('2030-02-31 10:00:00.000000')).toBeNull()
  })

  it('imports a past session as "no session" (open a new one)', async () => {
    const file = await pythonFile()
    file.session_context.expiry_time = '2020-01-01 00:00:00.000000'
    const result = await importBunqConf(JSON.stringify(file), NOW)
    expect(result.sessionDropped).toBe(true)
    expect(result.context.session).toBeNull()
    expect(result.context.installation?.token).toBe(file.installation_context.token)
  })

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, edited freely
  type ConfJson = Record<string, any>
  const broken: [string, (f: ConfJson) => void, string][] = [
    ['api_key missing', (f) => delete f.api_key, 'api_key is missing.'],
    [
      'bad environment',
      (f) => (f.environment_type = 'TEST'),
      'environment_type must be SANDBOX or PRODUCTION.',
    ],
    [
      'installation missing',
      (f) => delete f.installation_context,
      'installation_context is missing.',
    ],
    [
      'token missing',
      (f) => delete f.installation_context.token,
      'installation_context.token is missing.',
    ],
    [
      'server key missing',
      (f) => delete f.installation_context.public_key_server,
      'installation_context.public_key_server is missing.',
    ],
    [
      'client key missing',
      (f) => delete f.installation_context.public_key_client,
      'installation_context.public_key_client is missing.',
    ],
    [
      'private key missing',
      (f) => delete f.installation_context.private_key_client,
      'installation_context.private_key_client is missing.',
    ],
    [
      'private key garbage',
      (f) => (f.installation_context.private_key_client = 'hello'),
      'installation_context.private_key_client is not a valid RSA private key PEM.',
    ],
    [
      'server key garbage',
      (f) =>
        (f.installation_context.public_key_server =
          '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----'),
      'installation_context.public_key_server is not a valid RSA public key PEM.',
    ],
    [
      'keys do not match',
      (f) => (f.installation_context.public_key_client = f.installation_context.public_key_server),
      'installation_context.private_key_client does not match installation_context.public_key_client.',
    ],
    [
      'session token missing',
      (f) => delete f.session_context.token,
      'session_context.token is missing.',
    ],
    [
      'bad expiry',
      (f) => (f.session_context.expiry_time = 'next week'),
      'session_context.expiry_time is not a date (expected YYYY-MM-DD hh:mm:ss.ffffff).',
    ],
    [
      'bad user id',
      (f) => (f.session_context.user_id = 'me'),
      'session_context.user_id is missing or not a whole number.',
    ],
    [
      'sandbox key in production',
      (f) => (f.environment_type = 'PRODUCTION'),
      'api_key is a sandbox key but environment_type is PRODUCTION.',
    ],
  ]

  it.each(broken)('names the field when %s', async (_label, breakIt, message) => {
    const file = await pythonFile()
    breakIt(file)
    const error = await importBunqConf(JSON.stringify(file), NOW).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'context-file-invalid', message })
  })

  it('refuses text that is not JSON, and never echoes its content', async () => {
    const error = await importBunqConf('api_key=sandbox_FAKE_SECRET', NOW).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'context-file-invalid' })
    expect((error as Error).message).not.toContain('FAKE_SECRET')
  })
})

describe('Postman environment', () => {
  it("uses the names of bunq's collection, secrets masked", async () => {
    const context = { ...(await fullContext()), bank: { kind: 'bunq-sandbox' as const } }
    const env = exportPostmanEnvironment(context, {
      id: 'env-1',
      name: 'bunq sandbox',
      exportedAt: NOW,
    })
    const byKey = Object.fromEntries(env.values.map((v) => [v.key, v]))
    for (const key of [
      'api_key',
      'private_key_client',
      'public_key_client',
      'installation_token',
      'public_key_server',
      'session_token',
      'user_id',
      'installation_id',
      'device_id',
    ])
      expect(byKey[key], key).toBeDefined()
    expect(byKey.api_key).toMatchObject({ value: context.apiKey, type: 'secret' })
    expect(byKey.session_token.value).toBe(context.session!.token)
    expect(byKey.installation_token.value).toBe(context.installation!.token)
    expect(byKey.user_id.value).toBe('1822179')
    expect(byKey.installation_id.value).toBe('4')
    expect(byKey.device_id.value).toBe('35')
    expect(byKey.host.value).toBe('https://public-api.sandbox.bunq.com')
    expect(byKey.practice_bank_note).toBeUndefined()
    expect(env._postman_variable_scope).toBe('environment')
  })

  it('from a practice bank: aimed at the practice bank server, never bunq, and says so', async () => {
    const base = await fullContext()
    const context = {
      ...base,
      bank: { kind: 'practice-server' as const, baseUrl: 'http://127.0.0.1:6001/v1' },
    }
    const env = exportPostmanEnvironment(context, {
      id: 'env-2',
      name: 'practice',
      exportedAt: NOW,
    })
    const byKey = Object.fromEntries(env.values.map((v) => [v.key, v]))
    expect(byKey.host.value).toBe('http://127.0.0.1:6001')
    expect(byKey.practice_bank_note.value).toContain('work only against the practice bank')
    expect(byKey.practice_bank_note.value).toContain('SANDBOX and PRODUCTION')
    // The in-page practice bank is unreachable from Postman: the default server, not bunq.
    const inPage = exportPostmanEnvironment(base, { id: 'env-3', name: 'p', exportedAt: NOW })
    const host = inPage.values.find((v) => v.key === 'host')!.value
    expect(host).toBe('http://127.0.0.1:5055')
    expect(inPage.values.find((v) => v.key === 'practice_bank_note')!.value).toContain(
      'npm run practice-bank',
    )
  })
})
