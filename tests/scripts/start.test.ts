// `npm start` (scripts/start.mjs): PORT= picks the port; a busy or malformed one is named with
// what to do, before any build runs.
import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { afterEach, expect, test } from 'vitest'

let server: Server | null = null
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

function start(port: string) {
  return spawnSync(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: port },
    encoding: 'utf8',
    timeout: 15_000,
  })
}

test('a busy PORT is named, with another port to try, and nothing is built', async () => {
  server = createServer()
  const port = await new Promise<number>((done) =>
    server!.listen(0, '127.0.0.1', () => done((server!.address() as { port: number }).port)),
  )
  const run = start(String(port))
  expect(run.status).toBe(1)
  expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is busy`)
  expect(run.stderr).toContain(`PORT=${port + 1} npm start`)
  expect(run.stdout).not.toContain('vite')
})

test('a PORT that is not a port number says which values work', () => {
  const run = start('80a')
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('PORT=80a is not a port number')
})
