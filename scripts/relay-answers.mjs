/**
 * What the relay says itself, never bunq: its refusals (marked `X-Relay-Error`, in bunq's Error
 * envelope shape so generic clients show the text), the reason a listen failed, and the warning
 * printed when it listens beyond loopback (docs/relay.md). Plain Node, no dependencies.
 */
import { RelayConfigError } from './relay-config.mjs'

const MESSAGES = {
  'host-not-allowed': 'this relay only answers to loopback host names',
  'origin-not-allowed': 'this page origin is not in the relay --allow-origin list',
  'origin-required':
    'this relay serves only pages in its --allow-origin list; start it with --allow-no-origin for curl or an SDK',
  'bad-path': 'the path has dot segments or backslashes; send the plain /v1/... path',
  'not-a-bunq-call': 'this is not a bunq call (no X-Bunq-* header); the relay forwards only those',
  'not-found': 'the relay only forwards /v1/...',
  'method-not-allowed': 'the relay only forwards GET, POST, PUT and DELETE',
  'body-too-large': 'the request body is larger than the relay accepts',
  timeout: 'the target did not answer in time',
  'target-unreachable': 'the relay could not reach its target',
}

/**
 * An answer made by the relay itself: marked with X-Relay-Error, in bunq's Error envelope shape so
 * generic clients can show the text, which always starts with "relay:".
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {keyof typeof MESSAGES} code
 */
export function fail(res, status, code) {
  const text = `relay: ${MESSAGES[code]}`
  const body = JSON.stringify({
    Error: [{ error_description: text, error_description_translated: text }],
  })
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Relay-Error': code })
  res.end(body)
}

/**
 * The one-line reason a listen failed, for the errors a person can fix.
 * @param {NodeJS.ErrnoException} error
 * @param {{ port: number, host: string }} config
 */
export function listenError(error, config) {
  const where = `port ${config.port} on ${config.host}`
  if (error.code === 'EADDRINUSE') {
    return new RelayConfigError(`${where} is already in use; choose another with --port`)
  }
  if (error.code === 'EACCES') {
    return new RelayConfigError(`${where} needs privileges; choose a port above 1023`)
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new RelayConfigError(`--host ${config.host} is not an address of this machine`)
  }
  return error
}

/** Printed when the relay listens beyond loopback: it then serves everyone on the network. */
export function exposureWarning(host) {
  return [
    '',
    `WARNING: --host ${host} serves this relay to every machine that can reach this one.`,
    'WARNING: anyone on the network can send calls through it, and it sees the API key and tokens',
    'WARNING: of every call it forwards. Use it only on a network you trust, for a workshop room.',
    '',
  ].join('\n')
}
