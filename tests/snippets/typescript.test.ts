import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { typescriptSnippet } from '../../src/snippets/typescript'
import type { SnippetRequest } from '../../src/snippets/request'
import { startVerifyingServer, testKeyPair } from './verifying-server'

const run = promisify(execFile)
const keys = testKeyPair()
const TOKEN = 'fake-session-token-0123456789abcdef'
const API_KEY = 'sandbox_fakefakefakefake0000'
const BODY = `{"secret":"${API_KEY}" , "description":"Zoë's \`laptop\` \${x}"}\n`
const PLACEHOLDER_KEY =
  '-----BEGIN PRIVATE KEY-----\nPASTE YOUR PRIVATE KEY HERE\n-----END PRIVATE KEY-----'
const TSX = resolve('node_modules/.bin/tsx')
const TSC = resolve('node_modules/.bin/tsc')

let server: Awaited<ReturnType<typeof startVerifyingServer>>
beforeAll(async () => {
  server = await startVerifyingServer(keys.publicPem)
})
afterAll(() => server.close())

function request(method: string, path: string, body: string): SnippetRequest {
  return {
    method,
    url: `${server.origin}/v1/${path}`,
    headers: {
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json',
      'X-Bunq-Client-Authentication': TOKEN,
      'X-Bunq-Client-Signature': 'ZmFrZQ==',
    },
    body,
    signature: 'ZmFrZQ==', // the page's; the snippet signs again with the pasted key
  }
}

/** The user's part: paste the key (and, without reveal, the token and API key). */
function filledIn(source: string): string {
  return source
    .replace(PLACEHOLDER_KEY, keys.privatePem.trim())
    .replace("'PASTE_YOUR_TOKEN'", JSON.stringify(TOKEN))
    .replace("'PASTE_YOUR_API_KEY'", JSON.stringify(API_KEY))
}

async function runModule(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-ts-'))
  const file = join(dir, 'snippet.mts')
  writeFileSync(file, source)
  const { stdout } = await run(TSX, [file])
  return stdout
}

describe('TypeScript snippets, run for real', () => {
  it('without reveal: holds no secret; once filled in, signs and sends the exact bytes', async () => {
    const source = typescriptSnippet(request('POST', 'session-server', BODY))
    for (const secret of [TOKEN, API_KEY, 'ZmFrZQ==']) expect(source).not.toContain(secret)
    const stdout = await runModule(filledIn(source))
    expect(stdout).toContain('200')
    const arrival = server.arrivals.at(-1)!
    expect(arrival.body.toString('utf8')).toBe(BODY)
    expect(arrival.signatureValid).toBe(true)
    expect(arrival.headers['x-bunq-client-authentication']).toBe(TOKEN)
  })

  it('with reveal: carries the token and body as they are', async () => {
    const source = typescriptSnippet(request('POST', 'session-server', BODY), { reveal: true })
    expect(source).toContain(TOKEN)
    await runModule(filledIn(source))
    expect(server.arrivals.at(-1)!.body.toString('utf8')).toBe(BODY)
    expect(server.arrivals.at(-1)!.signatureValid).toBe(true)
  })

  it('sends a GET without a body, signing the empty string', async () => {
    await runModule(filledIn(typescriptSnippet(request('GET', 'user', ''))))
    const arrival = server.arrivals.at(-1)!
    expect(arrival.method).toBe('GET')
    expect(arrival.body.length).toBe(0)
    expect(arrival.signatureValid).toBe(true)
  })

  it('type-checks under strict TypeScript', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snippet-tsc-'))
    const file = join(dir, 'snippet.mts')
    writeFileSync(file, typescriptSnippet(request('POST', 'session-server', BODY)))
    const flags = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext']
    await run(TSC, [...flags, '--lib', 'es2022,dom', '--skipLibCheck', file], { cwd: dir })
  })
})
