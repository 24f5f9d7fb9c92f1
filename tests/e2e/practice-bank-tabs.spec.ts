// Two tabs on the in-page practice bank in Chromium (docs/decisions/0018): real IndexedDB and
// real Web Locks. Each page loads the practice bank from a Vite dev server started here and
// calls it directly; users made at the same time and steps taken turn about in two tabs must all
// be in the saved bank.
/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate reaches an untyped `window.bank` */
import { expect, test, type Page } from '@playwright/test'
import { createServer, type ViteDevServer } from 'vite'

const PORT = Number(process.env.E2E_SERVER_PORT ?? 4290) + 7
const ORIGIN = `http://127.0.0.1:${PORT}`
let server: ViteDevServer

test.beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: PORT, strictPort: true, hmr: false },
    optimizeDeps: { noDiscovery: true, include: ['idb'] },
  })
  await server.listen()
})
test.afterAll(async () => server?.close())

/** Opens a tab with its own practice bank on the shared database, as `window.call`. */
async function openTab(page: Page): Promise<void> {
  await page.goto(`${ORIGIN}/package.json`)
  await page.evaluate(async () => {
    const load = (path: string) => import(/* @vite-ignore */ path)
    const m = await load('/src/practice-bank/index.ts')
    const bank = m.createPracticeBank({ ...m.TEST_OPTIONS, store: m.createIdbStore('tabs-e2e') })
    await bank.ready
    const call = async (method: string, path: string, token?: string, body?: unknown) => {
      const headers: Record<string, string> = { 'Cache-Control': 'no-cache' }
      if (token) headers['X-Bunq-Client-Authentication'] = token
      const response = await bank.handle(
        new Request(`https://practice.bunq.invalid/v1${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      )
      return { status: response.status, json: await response.json() }
    }
    const users = async () => ((await m.createIdbStore('tabs-e2e').load())?.users ?? []).length
    Object.assign(globalThis, { call, users, hasLocks: !!navigator.locks })
  })
}

const newUser = (page: Page) =>
  page.evaluate(async () => {
    const reply = await (globalThis as any).call('POST', '/sandbox-user-person')
    return reply.json.Response[0].ApiKey.api_key as string
  })

test('two tabs make users at once and take onboarding steps turn about: nothing is lost', async ({
  context,
}) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await openTab(a)
  await openTab(b)
  expect(await a.evaluate(() => (globalThis as any).hasLocks)).toBe(true)
  const residents = await a.evaluate(() => (globalThis as any).users())

  // Concurrent: five users in each tab at the same time.
  const keys = (
    await Promise.all([a, b].flatMap((page) => Array.from({ length: 5 }, () => newUser(page))))
  ).flat()
  expect(new Set(keys).size).toBe(10)
  expect(await b.evaluate(() => (globalThis as any).users())).toBe(residents + 10)

  // Interleaved: A, B, A, B ... one after the other.
  for (let i = 0; i < 6; i++) keys.push(await newUser(i % 2 ? b : a))
  expect(await a.evaluate(() => (globalThis as any).users())).toBe(residents + 16)

  // A step in each tab: installation in A, device in B with A's token and A's user's key.
  const apiKey = await newUser(a)
  const installationToken = await a.evaluate(async () => {
    const pair = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    )
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))
    const b64 = btoa(String.fromCharCode(...spki)).replace(/(.{64})/g, '$1\n')
    const pem = `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----\n`
    const reply = await (globalThis as any).call('POST', '/installation', undefined, {
      client_public_key: pem,
    })
    return reply.json.Response[1].Token.token as string
  })
  const device = await b.evaluate(
    ([token, secret]) =>
      (globalThis as any).call('POST', '/device-server', token, {
        description: 'second tab',
        secret,
        permitted_ips: ['*'],
      }),
    [installationToken, apiKey],
  )
  expect(device.status).toBe(200)

  // A third tab, opened afresh, finds every user.
  const c = await context.newPage()
  await openTab(c)
  expect(await c.evaluate(() => (globalThis as any).users())).toBe(residents + 17)
})
