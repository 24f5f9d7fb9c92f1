import { spawn, spawnSync } from 'node:child_process'
import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { parseRelayArgs, RelayConfigError } from '../../scripts/relay.mjs'
import type { RelayOptions } from '../../scripts/relay.mjs'
import { send } from './http-helpers'
import { PAGE, serversPerTest } from './servers-per-test'

// What a hostile page or a careless command line found in the relay (docs/security.md, "relay
// operator" and "other origins"): paths that escape /v1, requests with no Origin, requests that
// are not bunq calls, a relay bound to every interface, a port out of range.
const BUNQ = { Origin: PAGE, 'X-Bunq-Client-Request-Id': 'r-1' }

const servers = serversPerTest()

async function setup(options: Partial<RelayOptions> = {}) {
  const bank = await servers.upstream({ headers: { 'X-Bunq-Client-Response-Id': 'x' } })
  const relay = await servers.relayTo(bank.origin, options)
  return { bank, relay }
}

/** Sends the path byte for byte: http.request(url) would fold dot segments before sending. */
function sendRaw(base: string, path: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(base)
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ hostname, port, path, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('relay paths', () => {
  it.each([
    '/v1/../admin',
    '/v1/%2e%2e/admin',
    '/v1/%2E%2E/admin',
    '/v1/.%2e/admin',
    '/v1/..\\admin',
    '/v1/%5c..%5cadmin',
    '/v1/./user',
    '/v1/user/..',
    '/v1/%2e/user',
    '/v1\\..\\admin',
  ])('refuses %s without forwarding anything', async (path) => {
    const { bank, relay } = await setup()
    const answer = await sendRaw(relay.url, path, BUNQ)
    expect(answer.status).toBe(400)
    expect(answer.headers['x-relay-error']).toBe('bad-path')
    expect(bank.received).toHaveLength(0)
  })

  it('forwards an ordinary /v1 path as it came, query included', async () => {
    const { bank, relay } = await setup()
    const answer = await send(`${relay.url}/v1/user/1/monetary-account?count=10`, { headers: BUNQ })
    expect(answer.status).toBe(200)
    expect(bank.received.map((r) => r.url)).toEqual(['/v1/user/1/monetary-account?count=10'])
  })
})

describe('relay callers', () => {
  it('refuses a request with no Origin (an <img>, a no-cors fetch) unless --allow-no-origin', async () => {
    const { bank, relay } = await setup()
    for (const method of ['GET', 'POST', 'OPTIONS']) {
      const answer = await send(`${relay.url}/v1/user`, {
        method,
        headers: { 'X-Bunq-Client-Request-Id': 'r-2' },
      })
      expect(answer.status, method).toBe(403)
      expect(answer.headers['x-relay-error']).toBe('origin-required')
    }
    expect(bank.received).toHaveLength(0)
  })

  it('serves a caller without Origin (curl, an SDK) when started with allowNoOrigin', async () => {
    const { bank, relay } = await setup({ allowNoOrigin: true })
    const answer = await send(`${relay.url}/v1/user`, {
      headers: { 'X-Bunq-Client-Request-Id': 'r-3' },
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
    expect(bank.received).toHaveLength(1)
  })

  it('refuses a request that carries no X-Bunq-* header (not a bunq call)', async () => {
    const { bank, relay } = await setup({ allowNoOrigin: true })
    const variants: Record<string, string>[] = [
      { Origin: PAGE },
      {},
      { Origin: PAGE, 'X-Bunqish': '1' },
    ]
    for (const headers of variants) {
      const answer = await send(`${relay.url}/v1/user`, { headers })
      expect(answer.status).toBe(400)
      expect(answer.headers['x-relay-error']).toBe('not-a-bunq-call')
    }
    expect(bank.received).toHaveLength(0)
  })

  it('still answers an allowed preflight (a preflight carries no X-Bunq-* header itself)', async () => {
    const { relay } = await setup()
    const answer = await send(`${relay.url}/v1/user`, {
      method: 'OPTIONS',
      headers: { Origin: PAGE, 'Access-Control-Request-Method': 'GET' },
    })
    expect(answer.status).toBe(204)
  })

  it('reads --allow-no-origin from the command line', () => {
    expect(parseRelayArgs(['--allow-no-origin']).allowNoOrigin).toBe(true)
    expect(parseRelayArgs([]).allowNoOrigin).toBe(false)
  })
})

describe('relay command line', () => {
  it.each(['99999', '-1', '65536', '1.5', 'http'])(
    '--port %s: one line, no stack trace',
    (port) => {
      expect(() => parseRelayArgs(['--port', port])).toThrow(RelayConfigError)
      const result = spawnSync('node', ['scripts/relay.mjs', '--port', port], { encoding: 'utf8' })
      expect(result.status).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^relay: --port needs a whole number from 0 to 65535/)
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/)
    },
  )

  it('a port already taken: one line that says so', async () => {
    const { relay } = await setup()
    const port = new URL(relay.url).port
    const result = spawnSync('node', ['scripts/relay.mjs', '--port', port], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      `relay: port ${port} on 127.0.0.1 is already in use; choose another with --port`,
    ])
  })

  it('--host 0.0.0.0 starts with a loud warning on stderr', async () => {
    const child = spawn('node', ['scripts/relay.mjs', '--host', '0.0.0.0', '--port', '0'])
    let stderr = ''
    let stdout = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout.setEncoding('utf8')
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk
          if (stdout.includes('\n')) resolve()
        })
        child.on('exit', () => reject(new Error(`relay exited: ${stderr}`)))
      })
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      child.kill()
    }
    expect(stdout).toMatch(/^relay listening on http:\/\/0\.0\.0\.0:\d+ -> /)
    expect(stderr).toMatch(/WARNING/)
    expect(stderr).toMatch(/every machine that can reach this one/)
    expect(stderr).toMatch(/API key and tokens/)
  })
})
