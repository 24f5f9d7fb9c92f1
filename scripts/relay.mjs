#!/usr/bin/env node
/**
 * The relay: a small byte-forwarding server that lets a web page reach the bunq API, which does not
 * answer browser preflights (docs/protocol.md §11.1-§11.3). Plain Node, no dependencies.
 *
 *   npm run relay -- [--port 8787] [--host 127.0.0.1] [--target https://public-api.sandbox.bunq.com]
 *                    [--allow-origin http://localhost:5173 (repeatable or a comma list)]
 *                    [--allow-no-origin (also serve curl and SDKs, which send no Origin)]
 *
 * Contract (§11.3): forwards /v1/* to the target with the request body bytes untouched and returns
 * the response body bytes untouched (both signatures cover exact bytes, §6); forwards X-Bunq-*,
 * Cache-Control and Content-Type; answers preflights itself; allows only the configured origins;
 * exposes the X-Bunq response headers; sets its own User-Agent (a page cannot, §11.2). It is not an
 * open proxy: the target is bunq's sandbox, bunq's production or a loopback address. It never holds
 * a private key; it does see API keys and tokens in transit, so it never logs bodies or headers.
 * Errors the relay makes itself carry `X-Relay-Error: <code>` so the page never mistakes them for
 * bunq's answers.
 *
 * What it refuses before forwarding (docs/security.md, "relay"): a path with dot segments or
 * backslashes in any spelling (the target would resolve them outside /v1); a request with no
 * Origin unless started with --allow-no-origin (an <img> or a no-cors fetch from any page sends
 * none); a request with no X-Bunq-* header (every bunq call carries some, docs/protocol.md §5).
 */
import http from 'node:http'
import https from 'node:https'
import { fileURLToPath } from 'node:url'
import { exposureWarning, fail, listenError } from './relay-answers.mjs'
import { isLoopbackHost, parseRelayArgs, RelayConfigError } from './relay-config.mjs'

export { parseRelayArgs, checkTarget, RelayConfigError } from './relay-config.mjs'
export { exposureWarning } from './relay-answers.mjs'

export const USER_AGENT = 'bunq-workbench-relay/0.1'
/** Response headers a page script may read (§11.3), plus the relay's own error marker. */
export const EXPOSED_HEADERS = [
  'X-Bunq-Server-Signature',
  'X-Bunq-Client-Response-Id',
  'X-Bunq-Client-Request-Id',
  'X-Bunq-Warning',
  'X-Relay-Error',
]
const ALLOWED_REQUEST_HEADERS = [
  'Content-Type',
  'Cache-Control',
  'X-Bunq-Client-Authentication',
  'X-Bunq-Client-Signature',
  'X-Bunq-Client-Request-Id',
  'X-Bunq-Language',
  'X-Bunq-Region',
  'X-Bunq-Geolocation',
  'X-Bunq-Attachment-Description',
]
const METHODS = ['GET', 'POST', 'PUT', 'DELETE']
const FORWARD_REQUEST = /^(x-bunq-.*|cache-control|content-type)$/
const FORWARD_RESPONSE = /^(x-bunq-.*|cache-control|content-type|content-encoding|retry-after)$/

/**
 * @typedef {object} RelayOptions
 * @property {number} [port] 0 picks a free port (tests).
 * @property {string} [host] Interface to bind; 127.0.0.1 unless told otherwise.
 * @property {string} target An origin accepted by checkTarget.
 * @property {string[]} allowOrigins Exact page origins allowed to call the relay.
 * @property {number} [maxBodyBytes] Request bodies above this get 413 (default 1 MiB).
 * @property {number} [timeoutMs] No complete answer from the target within this gets 504 (30 s).
 * @property {(line: string) => void} [log] One line per request: method, path, status, duration.
 * @property {boolean} [allowNoOrigin] Also serve callers that send no Origin (curl, SDKs).
 */

/**
 * Starts the relay in this process.
 * @param {RelayOptions} options
 * @returns {Promise<{ url: string, target: string, close: () => Promise<void> }>}
 */
export async function startRelay(options) {
  const config = parseRelayArgs([], options)
  const server = http.createServer((req, res) => handle(config, req, res))
  await new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(listenError(error, config)),
    )
    server.listen(config.port, config.host, () => resolve(undefined))
  })
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host}:${address.port}`,
    target: config.target,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * @param {ReturnType<typeof parseRelayArgs>} config
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function handle(config, req, res) {
  const started = Date.now()
  const path = (req.url ?? '/').split('?')[0]
  // Method, path without query, status and duration only: queries, headers and bodies may hold
  // tokens, API keys and signatures.
  res.on('close', () =>
    config.log(`${req.method} ${path} ${res.statusCode} ${Date.now() - started}ms`),
  )
  const origin = req.headers.origin
  if (!hostAllowed(config, req.headers.host)) return fail(res, 403, 'host-not-allowed')
  if (origin === undefined && !config.allowNoOrigin) return fail(res, 403, 'origin-required')
  if (origin !== undefined && !config.allowOrigins.includes(origin)) {
    return fail(res, 403, 'origin-not-allowed') // deliberately without Access-Control-Allow-Origin
  }
  if (origin !== undefined) {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
  }
  res.setHeader('Vary', 'Origin')
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': METHODS.join(', '),
      'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    })
    return res.end()
  }
  if (!safePath(path)) return fail(res, 400, 'bad-path')
  if (path !== '/v1' && !path.startsWith('/v1/')) return fail(res, 404, 'not-found')
  if (!METHODS.includes(req.method ?? '')) return fail(res, 405, 'method-not-allowed')
  if (!Object.keys(req.headers).some((name) => name.startsWith('x-bunq-'))) {
    return fail(res, 400, 'not-a-bunq-call')
  }
  if (Number(req.headers['content-length'] ?? 0) > config.maxBodyBytes) {
    return refuseBody(config, req, res)
  }
  readBody(config, req).then(
    (body) => (body === null ? fail(res, 413, 'body-too-large') : forward(config, req, res, body)),
    () => res.destroy(),
  )
}

/**
 * A path the target resolves exactly as written: no backslash and no `.` or `..` segment, in any
 * spelling (raw, %2e, %5c), since URL parsing on either side would fold them and escape /v1.
 * @param {string} path the request path without its query
 */
export function safePath(path) {
  let decoded
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return false
  }
  if (decoded.includes('\\') || /%5c|%2f/i.test(path)) return false
  return decoded.split('/').every((segment) => segment !== '.' && segment !== '..')
}

/**
 * Blocks DNS rebinding: when bound to loopback, the Host header must name a loopback host too.
 * @param {ReturnType<typeof parseRelayArgs>} config
 * @param {string | undefined} hostHeader
 */
function hostAllowed(config, hostHeader) {
  if (!isLoopbackHost(config.host)) return true
  if (!hostHeader) return false
  const name = hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : hostHeader.split(':')[0]
  return isLoopbackHost(name)
}

/**
 * Reads the body up to the cap; null when over it (the rest is drained, then the socket closed).
 * @param {ReturnType<typeof parseRelayArgs>} config
 * @param {http.IncomingMessage} req
 * @returns {Promise<Buffer | null>}
 */
function readBody(config, req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length
      if (size <= config.maxBodyBytes) chunks.push(chunk)
      else if (size > config.maxBodyBytes * 4) req.destroy()
    })
    req.on('end', () => resolve(size > config.maxBodyBytes ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Declared too large: answer 413 at once, drain a bounded amount so the client can read it.
 * @param {ReturnType<typeof parseRelayArgs>} config
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function refuseBody(config, req, res) {
  res.setHeader('Connection', 'close')
  fail(res, 413, 'body-too-large')
  let drained = 0
  req.on('data', (/** @type {Buffer} */ chunk) => {
    drained += chunk.length
    if (drained > config.maxBodyBytes * 4) req.destroy()
  })
}

/**
 * @param {ReturnType<typeof parseRelayArgs>} config
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {Buffer} body
 */
function forward(config, req, res, body) {
  /** @type {Record<string, string>} */
  const headers = { 'User-Agent': USER_AGENT, 'Accept-Encoding': 'identity' }
  for (const [name, value] of Object.entries(req.headers)) {
    if (FORWARD_REQUEST.test(name) && typeof value === 'string') headers[name] = value
  }
  if (body.length > 0 || req.method === 'POST' || req.method === 'PUT') {
    headers['Content-Length'] = String(body.length)
  }
  const url = new URL(req.url ?? '/', config.target)
  // safePath already refused what URL parsing could fold; this keeps it true if that ever drifts.
  if (url.origin !== config.target || url.pathname !== (req.url ?? '/').split('?')[0]) {
    return fail(res, 400, 'bad-path')
  }
  const client = url.protocol === 'https:' ? https : http
  const upstream = client.request(url, { method: req.method, headers })
  const timer = setTimeout(() => {
    upstream.destroy()
    if (res.headersSent) res.destroy()
    else fail(res, 504, 'timeout')
  }, config.timeoutMs)
  upstream.on('response', (answer) => {
    /** @type {Record<string, string | string[]>} */
    const out = {}
    for (const [name, value] of Object.entries(answer.headers)) {
      if (FORWARD_RESPONSE.test(name) && value !== undefined) out[name] = value
    }
    res.writeHead(answer.statusCode ?? 502, out)
    answer.pipe(res) // bytes untouched: no decoding, no re-serialising
    answer.on('end', () => clearTimeout(timer))
  })
  upstream.on('error', () => {
    clearTimeout(timer)
    if (res.headersSent) res.destroy()
    else if (!res.writableEnded) fail(res, 502, 'target-unreachable')
  })
  upstream.end(body)
}

async function main() {
  try {
    const options = parseRelayArgs(process.argv.slice(2))
    if (!isLoopbackHost(options.host)) process.stderr.write(`${exposureWarning(options.host)}\n`)
    const relay = await startRelay({ ...options, log: (line) => process.stderr.write(`${line}\n`) })
    console.log(`relay listening on ${relay.url} -> ${relay.target}`)
  } catch (error) {
    if (!(error instanceof RelayConfigError)) throw error
    process.stderr.write(`relay: ${error.message}\n`)
    process.exit(2)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
