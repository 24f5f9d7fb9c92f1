import { describe, expect, it } from 'vitest'
import { parseArgs, startPracticeBankServer } from '../../scripts/practice-bank-server'
import { DEFAULT_OPTIONS, TEST_OPTIONS } from '../../src/practice-bank'
import { ROUTES } from '../../src/practice-bank/handlers/index'
import { faces } from './support/faces'
import { TestClient } from './support/client'

// docs/decisions/0024-schema-made-answers-switch.md: with schema-made answers off the practice
// bank answers only what it models by hand and refuses the rest as routes it does not emulate,
// on both faces; the switch is live, and `npm run practice-bank -- --no-generic` sets it.

const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}')
const generic = ROUTES.filter((route) => route.emulation === 'generic')
const handMade = ROUTES.filter((route) => route.emulation !== 'generic')

/** A list under the user that only the generic engine answers, and that it can also create. */
const LIST = generic.find(
  (route) =>
    route.method === 'GET' &&
    /^\/user\/\{[^}]+\}\/[a-z-]+$/.test(route.pattern) &&
    generic.some((other) => other.method === 'POST' && other.pattern === route.pattern),
)!
/** A generic operation whose path a hand-made row answers under another method. */
const OTHER_METHOD = generic.find((route) =>
  handMade.some(
    (row) => shape(row.pattern) === shape(route.pattern) && row.method !== route.method,
  ),
)!

const listPath = (c: TestClient) => LIST.pattern.replace(/\{[^}]+\}/, String(c.userId))
const errorText = (reply: { json: unknown }) =>
  (reply.json as { Error: { error_description: string }[] }).Error[0].error_description

describe.each(faces(0))('schema-made answers switch (%s)', (_name, face) => {
  it('off: hand-made operations answer, generic ones are refused as not emulated and store nothing', async () => {
    const f = await face({ genericAnswers: false })
    // The whole bootstrap and the accounts list are hand-made.
    const c = await f.client().bootstrap()
    const accounts = await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)
    expect(accounts.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')

    const list = await c.call('GET', listPath(c))
    expect(list.status).toBe(404)
    expect(errorText(list)).toBe('Route not found.')
    expect(list.headers.get('X-Practice-Bank-Emulation')).toBeNull()
    const made = await c.call('POST', listPath(c), { body: {} })
    expect(made.status).toBe(404)
    expect(errorText(made)).toBe('Route not found.')

    // A path the bank models under another method: 405, as for any method it has no row for.
    const path = OTHER_METHOD.pattern.replace(/\{[^}]+\}/g, (name) =>
      name === '{userID}' ? String(c.userId) : String(c.accountId),
    )
    const other = await c.call(OTHER_METHOD.method, path, { body: {} })
    expect(other.status).toBe(405)
    expect(errorText(other)).toBe(`Method ${OTHER_METHOD.method} is not allowed on this endpoint.`)

    // Live: the next request obeys the switch; the refused create left nothing behind.
    f.bank.options.genericAnswers = true
    const after = await c.ok('GET', listPath(c))
    expect(after.headers.get('X-Practice-Bank-Emulation')).toBe('generic')
    expect((after.json as { Response: unknown[] }).Response).toEqual([])
    f.bank.options.genericAnswers = false
    expect((await c.call('GET', listPath(c))).status).toBe(404)
  })

  it('on by default: the same operation gets a schema-made answer', async () => {
    expect(DEFAULT_OPTIONS.genericAnswers).toBe(true)
    const f = await face()
    const c = await f.client().bootstrap()
    const list = await c.ok('GET', listPath(c))
    expect(list.headers.get('X-Practice-Bank-Emulation')).toBe('generic')
  })
})

describe('npm run practice-bank -- --no-generic', () => {
  it('parses to schema-made answers off, and on without the flag', () => {
    expect(parseArgs([]).genericAnswers).toBe(true)
    expect(parseArgs(['--no-generic']).genericAnswers).toBe(false)
    expect(parseArgs(['--port', '0', '--no-generic', '--rate-limits', 'off'])).toMatchObject({
      port: 0,
      rateLimits: 'off',
      genericAnswers: false,
    })
  })

  it('a server started from those arguments refuses a generic operation over HTTP', async () => {
    const running = await startPracticeBankServer({
      ...parseArgs(['--port', '0', '--no-generic']),
      ...TEST_OPTIONS,
    })
    try {
      const c = await new TestClient((path, init) =>
        fetch(`${running.url}${path}`, init),
      ).bootstrap()
      const list = await c.call('GET', listPath(c))
      expect(list.status).toBe(404)
      expect(errorText(list)).toBe('Route not found.')
    } finally {
      await running.close()
    }
  })
})
