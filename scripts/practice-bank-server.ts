/**
 * The practice bank as a loopback HTTP server ("One bank, two faces"):
 *   npm run practice-bank -- --port 5055 [--host 127.0.0.1] [--cors open|bunq] [--rate-limits on|off]
 *     [--session-timeout SECONDS] [--sugar-daddy-delay MS] [--no-generic]
 * `--no-generic` turns schema-made answers off: only the operations the practice bank models by
 * hand are answered, the others are refused as not emulated (docs/decisions/0024).
 * Serves /v1/... with Node's http module, converting to and from standard Request/Response, and
 * prints exactly one line: `practice bank listening on http://127.0.0.1:5055/v1`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { pathToFileURL } from 'node:url'
import { createMemoryStore, createPracticeBank, type BankOptions } from '../src/practice-bank'

export type CorsMode = 'open' | 'bunq'

export interface PracticeBankServerOptions extends Partial<BankOptions> {
  port: number
  host?: string
  /** 'open' answers preflights and exposes bunq's headers; 'bunq' acts as bunq reportedly does (docs/protocol.md §11). */
  cors?: CorsMode
  /** Serve this bank (anything with `handle`) instead of a fresh in-memory one. */
  bank?: { handle(request: Request): Promise<Response> }
}

export interface RunningPracticeBank {
  url: string
  close(): Promise<void>
  bank: { handle(request: Request): Promise<Response> }
}

const EXPOSE =
  'X-Bunq-Server-Signature, X-Bunq-Client-Response-Id, X-Bunq-Client-Request-Id, X-Bunq-Warning, X-Practice-Bank-Emulation'
const ALLOW_HEADERS =
  'Content-Type, Cache-Control, User-Agent, X-Bunq-Client-Authentication, X-Bunq-Client-Signature, X-Bunq-Client-Request-Id, X-Bunq-Language, X-Bunq-Region, X-Bunq-Geolocation, X-Bunq-Attachment-Description'
const MAX_BODY = 1024 * 1024
/** Methods a standard Request can carry and a route may use; anything else (TRACE, PROPFIND) is a 405. */
const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS'
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks)))
    req.on('error', () => resolve(null))
  })
}

function corsHeaders(mode: CorsMode, req: IncomingMessage): Record<string, string> {
  if (mode === 'bunq') return {}
  return {
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSE,
    Vary: 'Origin',
  }
}

function canonical(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())
}

function sendError(
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string>,
) {
  const body = JSON.stringify({
    Error: [{ error_description: text, error_description_translated: text }],
  })
  res.writeHead(status, { 'Content-Type': 'application/json', ...extra })
  res.end(body)
}

async function serve(
  bank: RunningPracticeBank['bank'],
  cors: CorsMode,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const extra = corsHeaders(cors, req)
  if (req.method === 'OPTIONS') {
    if (cors === 'bunq') return sendError(res, 405, 'Method not allowed.', {})
    res.writeHead(204, {
      ...extra,
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers':
        req.headers['access-control-request-headers'] ?? ALLOW_HEADERS,
      'Access-Control-Max-Age': '600',
    })
    return void res.end()
  }
  const method = (req.method ?? 'GET').toUpperCase()
  if (!KNOWN_METHODS.has(method)) {
    // fetch's Request refuses TRACE and friends outright; answer them before building one.
    return sendError(res, 405, `Method ${method} is not allowed on this endpoint.`, {
      ...extra,
      Allow: ALLOWED_METHODS,
    })
  }
  const body = await readBody(req)
  if (body === null)
    return sendError(res, 400, 'The request body is too large or unreadable.', extra)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  // A GET may carry a JSON body (§17); a standard Request cannot, and bunq ignores it anyway.
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  const request = new Request(new URL(req.url ?? '/', base), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  })
  const response = await bank.handle(request)
  const out: Record<string, string> = { ...extra }
  // Headers objects lower-case names; write them the way bunq spells them (X-Bunq-Server-Signature).
  response.headers.forEach((value, name) => (out[canonical(name)] = value))
  const bytes = Buffer.from(await response.arrayBuffer())
  out['Content-Length'] = String(bytes.length)
  res.writeHead(response.status, out)
  res.end(bytes)
}

/** Starts the server; resolves once it listens. Used by the CLI below and by tests in-process. */
export function startPracticeBankServer(
  options: PracticeBankServerOptions,
): Promise<RunningPracticeBank> {
  const { port, host = '127.0.0.1', cors = 'open', bank: given, ...switches } = options
  const bank = given ?? createPracticeBank({ store: createMemoryStore(), ...switches })
  let base = `http://${host}:${port}`
  const server = createServer((req, res) => {
    serve(bank, cors, base, req, res).catch(() => {
      // Nothing a client sends may take the server down; answer 500 if still possible.
      if (!res.headersSent) sendError(res, 500, 'The practice bank failed on this request.', {})
      else res.destroy()
    })
  })
  // Bytes that are not HTTP at all: answer 400 and drop the connection, never crash.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      // Port 0 picks a free port: report the one the server really listens on.
      const address = server.address()
      const listening = typeof address === 'object' && address ? address.port : port
      base = `http://${host}:${listening}`
      resolve({
        url: `http://${host}:${listening}/v1`,
        bank,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

export function parseArgs(argv: string[]): PracticeBankServerOptions {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const number = (name: string, fallback: number) => {
    const raw = get(name)
    const value = raw === undefined ? fallback : Number(raw)
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`)
    return value
  }
  const cors = get('cors') ?? 'open'
  if (cors !== 'open' && cors !== 'bunq') throw new Error('--cors is open or bunq')
  const limits = get('rate-limits') ?? 'on'
  if (limits !== 'on' && limits !== 'off') throw new Error('--rate-limits is on or off')
  return {
    port: number('port', 5055),
    host: get('host') ?? '127.0.0.1',
    cors,
    rateLimits: limits === 'on' ? 'enforce' : 'off',
    sessionTimeoutSeconds: number('session-timeout', 604800),
    sugarDaddyDelayMs: number('sugar-daddy-delay', 0),
    genericAnswers: !argv.includes('--no-generic'),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const running = await startPracticeBankServer(parseArgs(process.argv.slice(2)))
    console.log(`practice bank listening on ${running.url}`)
  } catch (error) {
    console.error(`practice bank: ${(error as Error).message}`)
    process.exit(1)
  }
}
