/**
 * The practice bank server for the throughput bench, in its own process (forked by
 * server-bench.ts with --expose-gc) so its memory is its own and it gets its own CPU time.
 * IPC: sends {ready, url}; answers {memory} to 'memory' (after a full GC); exits on 'stop'.
 */
import { startPracticeBankServer } from '../practice-bank-server'

const port = Number(process.argv[2])
const running = await startPracticeBankServer({
  port,
  cors: 'open',
  rateLimits: 'off', // the bench measures the server, not bunq's 3 GETs per 3 s
  sugarDaddyDelayMs: 0,
})

process.on('message', async (message) => {
  if (message === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    const { rss, heapUsed } = process.memoryUsage()
    process.send?.({ memory: { rss, heapUsed, gc: Boolean(gc) } })
  } else if (message === 'stop') {
    await running.close()
    process.exit(0)
  }
})
process.send?.({ ready: true, url: running.url })
