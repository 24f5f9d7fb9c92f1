import { createServer, type Server } from 'node:http'
import type { Socket } from 'node:net'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
}

/** A running static host that a test can repoint (a new deploy) and stop (the network is gone). */
export interface StaticHost {
  url: string
  /** Serve another folder from now on, as a redeploy would. */
  setRoot(root: string): void
  /** Every path requested, in order. */
  requests: string[]
  stop(): Promise<void>
}

/**
 * The plainest static host: files under `root`, mounted at `base` (e.g. "/workbench/"), on
 * 127.0.0.1. No SPA rewrites, no special headers — what a bare static host gives.
 */
export async function startStaticHost(root: string, port: number, base = '/'): Promise<StaticHost> {
  let current = root
  const requests: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname)
    requests.push(path)
    if (!path.startsWith(base)) return void res.writeHead(404).end('not under base')
    let file = normalize(join(current, path.slice(base.length)))
    if (!file.startsWith(normalize(current))) return void res.writeHead(403).end()
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // What most static hosts send for sw.js; the browser re-checks it on update() anyway.
        'cache-control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  // Port 0 picks a free port: the URL names the one really listened on.
  const address = server.address()
  const listening = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://127.0.0.1:${listening}${base}`,
    requests,
    setRoot: (next) => void (current = next),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
