/**
 * Practice bank server throughput for a mixed money workload (docs/decisions/0016), next to the
 * signed-GET figure of server-bench.ts: a fresh server child on loopback with rate limits off, two
 * users bootstrapped through the real client, then signed POSTs - a payment, a two-payment batch,
 * a draft and its signed acceptance - 16 in flight, at most `total` requests or `capMs`. Every
 * answer must be 200; afterwards the two balances must still add up to what Sugar Daddy paid in.
 */
import { fork } from 'node:child_process'
import { createPrivateKey, createSign, randomUUID } from 'node:crypto'
import { Agent, request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createBunqClient, memoryContextHolder, type BunqClient } from '../../src/bunq/client'
import { emptyContext } from '../../src/bunq/context'
import { createBrowserPlatform } from '../../src/platform/browser-platform'
import { figure, type Figure } from './stats'

interface Actor {
  base: string
  token: string
  sign: (body: string) => string
  accountPath: string
  email: string
}

function post(agent: Agent, actor: Actor, method: string, path: string, body: unknown) {
  const text = JSON.stringify(body)
  return new Promise<{ status: number; json: { Response?: { Id?: { id: number } }[] } }>(
    (resolve, reject) => {
      const req = request(
        new URL(actor.base + path),
        {
          agent,
          method,
          headers: {
            'Content-Type': 'application/json',
            'Cache-Control': 'no-cache',
            'User-Agent': 'bunq-workbench-bench',
            'X-Bunq-Client-Request-Id': randomUUID(),
            'X-Bunq-Client-Authentication': actor.token,
            'X-Bunq-Client-Signature': actor.sign(text),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString()),
            }),
          )
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(text)
    },
  )
}

async function actor(url: string): Promise<{ client: BunqClient; actor: Actor }> {
  const client = createBunqClient({
    platform: createBrowserPlatform(),
    baseUrl: url,
    // The context belongs to the server it talks to (docs/decisions/0023: one bank per context).
    context: memoryContextHolder(emptyContext({ kind: 'practice-server', baseUrl: url })),
    rateLimit: { enabled: false },
  })
  await client.createSandboxUser('person')
  await client.generateKeyPair()
  await client.install()
  await client.registerDevice({ description: 'bench money' })
  await client.openSession()
  const ctx = client.context
  const key = createPrivateKey(ctx.privateKeyPem!)
  const account = (await client.monetaryAccounts.primary()).account
  const user = (await client.users.current()).user as { alias?: { type: string; value: string }[] }
  return {
    client,
    actor: {
      base: url,
      token: ctx.session!.token,
      sign: (body) => createSign('sha256').update(body).sign(key, 'base64'),
      accountPath: `/user/${ctx.session!.userId}/monetary-account/${account.id}`,
      email: user.alias!.find((a) => a.type === 'EMAIL')!.value,
    },
  }
}

export async function moneyFigures(port: number, total = 3000, capMs = 45_000): Promise<Figure[]> {
  const script = fileURLToPath(new URL('./server-child.ts', import.meta.url))
  const child = fork(script, [String(port)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const agent = new Agent({ keepAlive: true, maxSockets: 16 })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.once('message', (m: { url?: string }) =>
        m.url ? resolve(m.url) : reject(new Error('no url')),
      )
      child.once('exit', (code) => reject(new Error(`server child exited (${code})`)))
    })
    const a = await actor(url)
    const b = await actor(url)
    const to = { type: 'EMAIL', value: b.actor.email, name: 'Payee' }
    const eur = { value: '0.01', currency: 'EUR' }
    const paidIn = 50000
    await post(agent, a.actor, 'POST', `${a.actor.accountPath}/request-inquiry`, {
      amount_inquired: { value: '500.00', currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
      description: 'bench money',
    })
    const payer = a.actor
    const steps: (() => Promise<number>)[] = [
      async () =>
        (
          await post(agent, payer, 'POST', `${payer.accountPath}/payment`, {
            amount: eur,
            counterparty_alias: to,
            description: 'p',
          })
        ).status,
      async () =>
        (
          await post(agent, payer, 'POST', `${payer.accountPath}/payment-batch`, {
            payments: [
              { amount: eur, counterparty_alias: to, description: 'b1' },
              { amount: eur, counterparty_alias: to, description: 'b2' },
            ],
          })
        ).status,
      async () => {
        const made = await post(agent, payer, 'POST', `${payer.accountPath}/draft-payment`, {
          number_of_required_accepts: 1,
          entries: [{ amount: eur, counterparty_alias: to, description: 'd' }],
        })
        if (made.status !== 200) return made.status
        const id = made.json.Response![0].Id!.id
        return (
          await post(agent, payer, 'PUT', `${payer.accountPath}/draft-payment/${id}`, {
            status: 'ACCEPTED',
          })
        ).status
      },
    ]
    const deadline = Date.now() + capMs
    let issued = 0
    let requests = 0
    let failed = 0
    const start = performance.now()
    async function worker() {
      while (issued < total && Date.now() < deadline) {
        const step = steps[issued++ % steps.length]
        const status = await step()
        requests += step === steps[2] ? 2 : 1
        if (status !== 200) failed++
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker))
    const ms = performance.now() - start
    const balances = await Promise.all(
      [a, b].map(
        async ({ client }) => (await client.monetaryAccounts.primary()).account.balance.value,
      ),
    )
    const sum = balances.reduce((s: number, v: string) => s + Math.round(Number(v) * 100), 0)
    if (failed > 0) throw new Error(`${failed} money requests were not answered 200`)
    if (sum !== paidIn) throw new Error(`ledger: ${sum} cents after the run, ${paidIn} paid in`)
    return [
      figure('server: money requests per second', 'req/s', 'info', [requests / (ms / 1000)], {
        note: `${requests.toLocaleString('en-GB')} signed POST/PUT (payment, 2-payment batch, draft + accept), 16 in flight, loopback; ledger whole (${(sum / 100).toFixed(2)} EUR)`,
      }),
    ]
  } finally {
    agent.destroy()
    child.send('stop')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await moneyFigures(Number(process.env.BENCH_PORT ?? 5300) + 3, 600, 20_000)
  for (const f of figures) console.log(`${f.name}: ${f.value.toFixed(0)} ${f.unit} (${f.note})`)
}
