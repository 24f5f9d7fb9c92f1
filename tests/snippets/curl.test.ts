import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { utf8Encode } from '../../src/crypto/bytes'
import { pemToPrivateKey } from '../../src/crypto/pem'
import { signBytes } from '../../src/crypto/rsa'
import { curlSnippet, shellQuote } from '../../src/snippets/curl'
import type { SnippetRequest } from '../../src/snippets/request'
import { startVerifyingServer, testKeyPair } from './verifying-server'

const run = promisify(execFile)
const keys = testKeyPair()
const TOKEN = 'fake-session-token-0123456789abcdef'
const API_KEY = 'sandbox_fakefakefakefake0000'
// Quotes, $ and backticks (no shell expansion), non-ASCII, odd spacing, a trailing newline.
const TRICKY = `{ "description" :"it's \`$HOME\` café € \\"q\\"",\n  "amount":{"value":"1.00","currency":"EUR"}}\n`

let server: Awaited<ReturnType<typeof startVerifyingServer>>
beforeAll(async () => {
  server = await startVerifyingServer(keys.publicPem)
})
afterAll(() => server.close())

async function prepared(method: string, path: string, body: string): Promise<SnippetRequest> {
  const key = await pemToPrivateKey(keys.privatePem)
  return {
    method,
    url: `${server.origin}/v1/${path}`,
    headers: {
      'Cache-Control': 'no-cache',
      'X-Bunq-Client-Request-Id': 'fake-request-id',
      'X-Bunq-Client-Authentication': TOKEN,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body,
    signature: await signBytes(key, utf8Encode(body)),
  }
}

async function bash(script: string, env: Record<string, string> = {}) {
  return run('bash', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env } })
}

describe('shellQuote', () => {
  it('round-trips any text through bash', async () => {
    const text = `a'b"c $x \`y\` \\ é\n'`
    const { stdout } = await bash(`printf '%s' ${shellQuote(text)}`)
    expect(stdout).toBe(text)
  })
})

describe('curl snippets, run for real', () => {
  it('with reveal: sends the exact body bytes and the page signature that verifies', async () => {
    const request = await prepared('POST', 'user/1/monetary-account/2/payment', TRICKY)
    const script = curlSnippet(request, { reveal: true })
    expect(script).toContain(TOKEN)
    await bash(script)
    const arrival = server.arrivals.at(-1)!
    expect(arrival.method).toBe('POST')
    expect(arrival.body.equals(Buffer.from(TRICKY, 'utf8'))).toBe(true)
    expect(arrival.signatureValid).toBe(true)
    expect(arrival.headers['x-bunq-client-authentication']).toBe(TOKEN)
    expect(arrival.headers['content-type']).toBe('application/json')
  })

  it('without reveal: no secret in the text; env vars and openssl make the same request', async () => {
    const body = `{"description":"café's device","secret":"${API_KEY}","permitted_ips":["*"]}`
    const request = await prepared('POST', 'device-server', body)
    const script = curlSnippet(request)
    for (const secret of [TOKEN, API_KEY, request.signature!]) expect(script).not.toContain(secret)
    const dir = mkdtempSync(join(tmpdir(), 'snippet-'))
    writeFileSync(join(dir, 'private.pem'), keys.privatePem)
    await bash(script, {
      BUNQ_TOKEN: TOKEN,
      BUNQ_API_KEY: API_KEY,
      BUNQ_PRIVATE_KEY: join(dir, 'private.pem'),
    })
    const arrival = server.arrivals.at(-1)!
    expect(arrival.body.toString('utf8')).toBe(body)
    expect(arrival.signatureValid).toBe(true)
    expect(arrival.headers['x-bunq-client-authentication']).toBe(TOKEN)
  })

  it('says where the private key comes from: its extraction line turns a bunq.conf into the key that signs', async () => {
    const request = await prepared('POST', 'user/1/monetary-account/2/payment', TRICKY)
    const script = curlSnippet(request)
    expect(script).toContain('installation_context.private_key_client')
    const extract = script
      .split('\n')
      .find((line) => line.includes('python3'))!
      .replace(/^#\s+/, '')
    const dir = mkdtempSync(join(tmpdir(), 'snippet-conf-'))
    writeFileSync(
      join(dir, 'bunq.conf'),
      JSON.stringify({ installation_context: { private_key_client: keys.privatePem } }),
    )
    await bash(`cd ${shellQuote(dir)} && ${extract}`)
    await bash(script, {
      BUNQ_TOKEN: TOKEN,
      BUNQ_API_KEY: API_KEY,
      BUNQ_PRIVATE_KEY: join(dir, 'private.pem'),
    })
    expect(server.arrivals.at(-1)!.signatureValid).toBe(true)
  })

  it('sends a signed GET without a body and without a made-up Content-Type', async () => {
    const request = await prepared('GET', 'user/1/payment?count=2', '')
    await bash(curlSnippet(request, { reveal: true }))
    const arrival = server.arrivals.at(-1)!
    expect(arrival.method).toBe('GET')
    expect(arrival.url).toBe('/v1/user/1/payment?count=2')
    expect(arrival.body.length).toBe(0)
    expect(arrival.signatureValid).toBe(true)
    expect(arrival.headers['content-type']).toBeUndefined()
  })

  it('sends no Content-Type when the page sent none (as the Python SDK does)', async () => {
    const request = await prepared('POST', 'user/1/request-inquiry', '{"a":1}')
    delete request.headers['Content-Type']
    await bash(curlSnippet(request, { reveal: true }))
    expect(server.arrivals.at(-1)!.headers['content-type']).toBeUndefined()
    expect(server.arrivals.at(-1)!.signatureValid).toBe(true)
  })
})
