// `npm start`: build the app, then serve dist/ on 127.0.0.1:$PORT (default 4173). A busy port is
// named with what to do instead of vite's generic error, before the build spends its time.
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

const raw = process.env.PORT ?? '4173'
const port = Number(raw)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(
    `PORT=${raw} is not a port number: use one from 1 to 65535, e.g. PORT=4174 npm start`,
  )
  process.exit(1)
}

const free = await new Promise((done) => {
  const probe = createServer()
  probe.once('error', () => done(false))
  probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
})
if (!free) {
  console.error(
    `Port ${port} on 127.0.0.1 is busy (another server, perhaps an earlier npm start, uses it). ` +
      `Stop that server, or pick another port: PORT=${port === 65535 ? 4174 : port + 1} npm start`,
  )
  process.exit(1)
}

const vite = resolve('node_modules/vite/bin/vite.js')
const build = spawnSync(process.execPath, [vite, 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const preview = spawnSync(
  process.execPath,
  [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'inherit' },
)
process.exit(preview.status ?? 0)
