/**
 * Practice bank server throughput: the server runs in a child process on loopback with
 * rate limits off; this process bootstraps a user through the real client, then sends signed
 * GET /user/{id}/monetary-account-bank in batches of 1,000 (at most `total`, 16 in flight, capped
 * at `capMs`), and reads the child's memory after a full GC at 1,000 and at the end.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { Agent } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createBunqClient, memoryContextHolder } from '../../src/bunq/client'
import { emptyContext } from '../../src/bunq/context'
import { utf8Encode } from '../../src/crypto/bytes'
import { pemToPrivateKey, pemToPublicKey } from '../../src/crypto/pem'
import { signBytes } from '../../src/crypto/rsa'
import { createBrowserPlatform } from '../../src/platform/browser-platform'
import { runLoad } from './load'
import { figure, type Figure } from './stats'

type Memory = { rss: number; heapUsed: number; gc: boolean }
const BATCH = 1000

function ask<T>(child: ChildProcess, key: string, message?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (!(key in m)) return
      child.off('message', onMessage)
      resolve((key === 'ready' ? m : m[key]) as T)
    }
    child.on('message', onMessage)
    child.once('exit', (code) => reject(new Error(`server child exited (${code})`)))
    if (message) child.send(message)
  })
}

export async function serverFigures(
  port: number,
  total = 10_000,
  capMs = 60_000,
): Promise<Figure[]> {
  const script = fileURLToPath(new URL('./server-child.ts', import.meta.url))
  const child = fork(script, [String(port)], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const agent = new Agent({ keepAlive: true, maxSockets: 16 })
  try {
    const { url } = await ask<{ url: string }>(child, 'ready')
    const platform = createBrowserPlatform()
    const client = createBunqClient({
      platform,
      baseUrl: url,
      context: memoryContextHolder(emptyContext({ kind: 'practice-server', baseUrl: url })),
      rateLimit: { enabled: false },
    })
    await client.createSandboxUser('person')
    await client.generateKeyPair()
    await client.install()
    await client.registerDevice({ description: 'bench load' })
    await client.openSession()
    const ctx = client.context
    const target = {
      url: `${url}/user/${ctx.session!.userId}/monetary-account-bank`,
      sessionToken: ctx.session!.token,
      signature: await signBytes(await pemToPrivateKey(ctx.privateKeyPem!), utf8Encode('')),
      serverKey: await pemToPublicKey(ctx.installation!.serverPublicKeyPem),
    }
    const deadline = Date.now() + capMs
    await runLoad(target, 200, 16, deadline, agent) // warm-up: JIT, sockets, key caches
    const rates: number[] = []
    let done = 0
    let ms = 0
    let after1k: Memory | null = null
    while (done < total && Date.now() < deadline) {
      const batch = await runLoad(target, Math.min(BATCH, total - done), 16, deadline, agent)
      if (batch.done === 0) break
      done += batch.done
      ms += batch.ms
      rates.push(batch.done / (batch.ms / 1000))
      after1k ??= await ask<Memory>(child, 'memory', 'memory')
    }
    const end = await ask<Memory>(child, 'memory', 'memory')
    const start = after1k ?? end
    const mb = (bytes: number) => bytes / 1e6
    const capped = done < total ? ` (stopped by the ${capMs / 1000} s cap)` : ''
    return [
      figure('server: signed GETs per second', 'req/s', { min: 300 }, rates, {
        value: done / (ms / 1000),
        note: `${done.toLocaleString('en-GB')} requests${capped}, 16 in flight, loopback; runs = batches of ${BATCH}`,
      }),
      figure(
        `server: heap after ${done.toLocaleString('en-GB')}`,
        'MB',
        'info',
        [mb(end.heapUsed)],
        {
          note: `after ${BATCH.toLocaleString('en-GB')}: ${mb(start.heapUsed).toFixed(1)} MB${end.gc ? ' (after GC)' : ' (no GC available)'}`,
        },
      ),
      figure(
        'server: heap growth 1,000 -> end',
        'MB',
        { max: 5 },
        [mb(end.heapUsed - start.heapUsed)],
        {
          note: 'flat: under 5 MB more heap after 9,000 more requests (RSS is reported, not judged: V8 keeps freed pages)',
        },
      ),
      figure(`server: RSS after ${done.toLocaleString('en-GB')}`, 'MB', 'info', [mb(end.rss)], {
        note: `after ${BATCH.toLocaleString('en-GB')}: ${mb(start.rss).toFixed(1)} MB`,
      }),
    ]
  } finally {
    agent.destroy()
    child.send('stop')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}
