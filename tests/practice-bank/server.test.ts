import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startPracticeBankServer,
  type RunningPracticeBank,
} from '../../scripts/practice-bank-server'
import { createMemoryStore, createPracticeBank, TEST_OPTIONS } from '../../src/practice-bank'
import { TestClient } from './support/client'

// The server face only: CORS modes (docs/protocol.md §11.4), raw HTTP oddities, the CLI line, a malformed burst.
let running: RunningPracticeBank | null = null
afterEach(async () => {
  await running?.close()
  running = null
})

function raw(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const length = body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) }
      const req = httpRequest(url, { method, headers: { ...headers, ...length } }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        )
      })
      req.on('error', reject)
      if (body !== undefined) req.write(body)
      req.end()
    },
  )
}

describe('practice bank server', () => {
  it('answers preflights and exposes bunq headers under --cors open', async () => {
    running = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
    const pre = await raw(`${running.url}/installation`, 'OPTIONS', {
      Origin: 'http://127.0.0.1:4173',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,x-bunq-client-signature',
    })
    expect(pre.status).toBe(204)
    expect(pre.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4173')
    expect(pre.headers['access-control-allow-headers']).toContain('x-bunq-client-signature')
    const res = await fetch(`${running.url}/sandbox-user-person`, {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:4173' },
    })
    expect(res.headers.get('access-control-expose-headers')).toBe(
      // bunq's headers, and the practice bank's mark of a generic answer (docs/decisions/0021).
      'X-Bunq-Server-Signature, X-Bunq-Client-Response-Id, X-Bunq-Client-Request-Id, X-Bunq-Warning, X-Practice-Bank-Emulation',
    )
  })

  it('answers OPTIONS 405 with no Access-Control-* header at all under --cors bunq', async () => {
    running = await startPracticeBankServer({ port: 0, cors: 'bunq', ...TEST_OPTIONS })
    const pre = await raw(`${running.url}/installation`, 'OPTIONS', {
      Origin: 'http://x.example',
      'Access-Control-Request-Method': 'POST',
    })
    const post = await raw(`${running.url}/sandbox-user-person`, 'POST', {
      Origin: 'http://x.example',
    })
    expect(pre.status).toBe(405)
    for (const r of [pre, post])
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
  })

  it('ignores a JSON body on a GET and serves the headers in bunq spelling', async () => {
    running = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
    const c = await new TestClient((path, init) =>
      fetch(`${running!.url}${path}`, init),
    ).bootstrap()
    const reply = await raw(
      `${running.url}/user`,
      'GET',
      { 'X-Bunq-Client-Authentication': c.sessionToken, 'Content-Type': 'application/json' },
      '{"ignored": true}',
    )
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body).Response[0].UserPerson.id).toBe(c.userId)
    expect(reply.headers['content-type']).toBe('application/json')
  })

  it('survives a bounded burst of malformed requests with no crash and no state change', async () => {
    const bank = createPracticeBank({ ...TEST_OPTIONS, store: createMemoryStore() })
    running = await startPracticeBankServer({ port: 0, bank })
    const c = await new TestClient((path, init) =>
      fetch(`${running!.url}${path}`, init),
    ).bootstrap()
    const before = (await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)).text
    const events = (await c.ok('GET', `/user/${c.userId}/event`)).text
    const garbage = [
      '{',
      '[]',
      'null',
      '"x"',
      '{"amount":{"value":"1e9999","currency":"EUR"}}',
      '\u0000\uffff',
      '{"a":'.repeat(500),
      'x'.repeat(70000),
    ]
    const paths = [
      '/installation',
      '/device-server',
      '/session-server',
      `/user/${c.userId}/monetary-account/${c.accountId}/payment`,
      `/user/${c.userId}/monetary-account/${c.accountId}/request-inquiry`,
      '/user/%00',
      '/v2/user',
      `/user/${c.userId}/monetary-account-bank`,
      '/session/x',
    ]
    const tokens = ['', c.sessionToken, c.installationToken, 'not-a-token']
    const started = Date.now()
    let sent = 0
    const statuses = new Set<number>()
    for (let i = 0; i < 300 && Date.now() - started < 20000; i++) {
      const headers: Record<string, string> = {
        'X-Bunq-Client-Signature': i % 3 === 0 ? '' : '!!!not base64',
      }
      if (tokens[i % tokens.length])
        headers['X-Bunq-Client-Authentication'] = tokens[i % tokens.length]
      const reply = await raw(
        `${running.url}${paths[i % paths.length]}`,
        ['POST', 'PUT', 'DELETE'][i % 3],
        headers,
        garbage[i % garbage.length],
      )
      statuses.add(reply.status)
      sent++
    }
    expect(sent).toBeGreaterThanOrEqual(100)
    expect([...statuses].every((s) => s >= 400 && s < 500)).toBe(true)
    expect((await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)).text).toBe(before)
    expect((await c.ok('GET', `/user/${c.userId}/event`)).text).toBe(events)
  })

  it('prints exactly one line from the CLI and serves /v1', async () => {
    // node itself (not npx) so that kill() stops the very process that listens.
    const args = ['--import', 'tsx', 'scripts/practice-bank-server.ts', '--port', '0']
    const child = spawn(process.execPath, [
      ...args,
      '--rate-limits',
      'off',
      '--sugar-daddy-delay',
      '0',
      '--session-timeout',
      '900',
    ])
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (d) => {
          out += d
          if (out.includes('\n')) resolve(out)
        })
        child.on('exit', () => reject(new Error('server exited')))
      })
      // --port 0 picks a free port; the one line names the port really listened on.
      const match = /^practice bank listening on (http:\/\/127\.0\.0\.1:(\d+)\/v1)\n$/.exec(line)
      expect(match).not.toBeNull()
      expect(Number(match![2])).toBeGreaterThan(0)
      const c = await new TestClient((path, init) => fetch(`${match![1]}${path}`, init)).bootstrap()
      expect((await c.ok('GET', '/user')).json.Response[0].UserPerson.session_timeout).toBe(900)
    } finally {
      child.kill()
    }
  })
})
