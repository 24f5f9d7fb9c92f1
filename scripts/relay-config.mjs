/**
 * Command-line options of the relay (scripts/relay.mjs) and the rules that keep it from being an
 * open proxy: the target must be bunq's sandbox, bunq's production or a loopback address, and only
 * listed page origins may call it (docs/protocol.md §11.3).
 */
import { isIPv4 } from 'node:net'

export const SANDBOX_TARGET = 'https://public-api.sandbox.bunq.com'
export const PRODUCTION_TARGET = 'https://api.bunq.com'
/** The app's own dev server and preview server, on both loopback spellings. */
export const DEFAULT_ALLOWED_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
]

/** A refusal to start, with a message that says what to change. */
export class RelayConfigError extends Error {}

/** @param {string} hostname as URL.hostname gives it (IPv6 in brackets) */
export function isLoopbackHost(hostname) {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return bare === 'localhost' || bare === '::1' || (isIPv4(bare) && bare.startsWith('127.'))
}

/**
 * Normalises a target to its origin, or refuses it. A trailing /v1 is accepted (the practice bank
 * server prints its URL that way); the relay always forwards the page's own /v1/... path.
 * @param {string} raw
 * @returns {string}
 */
export function checkTarget(raw) {
  let url
  try {
    url = new URL(raw)
  } catch {
    throw new RelayConfigError(`--target ${JSON.stringify(raw)} is not a URL`)
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    !/^\/(v1\/?)?$/.test(url.pathname)
  ) {
    throw new RelayConfigError(
      `--target must be a bare origin such as ${SANDBOX_TARGET} (no credentials, path or query)`,
    )
  }
  const bunq = url.origin === SANDBOX_TARGET || url.origin === PRODUCTION_TARGET
  const loopback =
    (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname)
  if (!bunq && !loopback) {
    throw new RelayConfigError(
      `refusing target ${url.origin}: the relay only forwards to ${SANDBOX_TARGET}, ` +
        `${PRODUCTION_TARGET} or a loopback address (127.0.0.0/8, ::1, localhost); it is not an open proxy`,
    )
  }
  return url.origin
}

/** @param {string} raw */
function checkOrigin(raw) {
  let url
  try {
    url = new URL(raw)
  } catch {
    throw new RelayConfigError(`--allow-origin ${JSON.stringify(raw)} is not an origin`)
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== raw.replace(/\/$/, '')) {
    throw new RelayConfigError(
      `--allow-origin needs exact origins such as http://localhost:5173 (got ${JSON.stringify(raw)}; no "*", no path)`,
    )
  }
  return url.origin
}

/** @param {string | undefined} value @param {string} flag */
function positiveInteger(value, flag) {
  const number = Number(value)
  if (!/^\d+$/.test(value ?? '') || !Number.isSafeInteger(number)) {
    throw new RelayConfigError(`${flag} needs a whole number (got ${JSON.stringify(value)})`)
  }
  return number
}

/** @param {string | undefined} value */
function port(value) {
  const number = Number(value)
  if (!/^\d+$/.test(value ?? '') || number > 65535) {
    throw new RelayConfigError(
      `--port needs a whole number from 0 to 65535 (got ${JSON.stringify(value)})`,
    )
  }
  return number
}

/** Flags that take no value. */
const SWITCHES = new Set(['--allow-no-origin'])

/**
 * Reads `--flag value` / `--flag=value` arguments over the given defaults.
 * @param {string[]} argv
 * @param {Partial<import('./relay.mjs').RelayOptions>} [given]
 */
export function parseRelayArgs(argv, given = {}) {
  const origins = [...(given.allowOrigins ?? [])]
  const options = {
    port: given.port ?? 8787,
    host: given.host ?? '127.0.0.1',
    target: given.target ?? SANDBOX_TARGET,
    maxBodyBytes: given.maxBodyBytes ?? 1024 * 1024,
    timeoutMs: given.timeoutMs ?? 30_000,
    log: given.log ?? (() => {}),
    allowNoOrigin: given.allowNoOrigin ?? false,
  }
  if (given.port !== undefined) port(String(given.port))
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    if (SWITCHES.has(flag)) {
      if (inline !== undefined) throw new RelayConfigError(`${flag} takes no value`)
      options.allowNoOrigin = true
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined) throw new RelayConfigError(`${flag} needs a value`)
    if (flag === '--port') options.port = port(value)
    else if (flag === '--host') options.host = value
    else if (flag === '--target') options.target = value
    else if (flag === '--allow-origin') origins.push(...value.split(',').filter(Boolean))
    else if (flag === '--max-body-bytes') options.maxBodyBytes = positiveInteger(value, flag)
    else if (flag === '--timeout-ms') options.timeoutMs = positiveInteger(value, flag)
    else throw new RelayConfigError(`unknown option ${flag}`)
  }
  const allowOrigins = (origins.length > 0 ? origins : DEFAULT_ALLOWED_ORIGINS).map(checkOrigin)
  return { ...options, target: checkTarget(options.target), allowOrigins }
}
