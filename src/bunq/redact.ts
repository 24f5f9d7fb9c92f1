import type { Exchange } from './exchange'
import { maskSecret, REDACTED } from './mask-secret'

export { maskSecret, REDACTED } from './mask-secret'

/**
 * Redaction for the exchange log (docs/architecture.md, security stance): API keys, tokens, signatures
 * and private keys never reach history, logs or the screen unless the user reveals the raw copy.
 * A mask keeps a short prefix so two tokens can still be told apart (`sandbox_4f2a…`), and says
 * plainly that something was hidden. Bodies are redacted by replacing the secret values inside the
 * exact text, so the redacted body keeps the formatting of the bytes that were signed.
 */

/** Body fields whose string value is a secret (device-server `secret`, `Token.token`, `ApiKey.api_key`...). */
const SECRET_FIELD =
  /^(secret|token|api_key|access_token|client_secret|token_value|private_key(_client)?|password|passphrase)$/i

/**
 * Headers whose whole value is a secret (docs/protocol.md §5, §6). bunq's
 * X-Bunq-Server-Signature is not one: anyone holding bunq's public key can check it, and it
 * stays in history so that a reader can verify the response there.
 */
const SECRET_HEADERS = new Set([
  'x-bunq-client-authentication',
  'x-bunq-client-signature',
  'authorization',
])

const SIGNATURE_HEADERS = new Set(['x-bunq-client-signature'])

const PRIVATE_PEM =
  /-----BEGIN ((?:RSA |ENCRYPTED )?PRIVATE KEY)-----[\s\S]*?-----END \1-----(\\n|\n)?/g

function collectSecrets(node: unknown, out: Set<string>, key = ''): void {
  if (typeof node === 'string') {
    if (SECRET_FIELD.test(key) && node !== '') out.add(node)
  } else if (Array.isArray(node)) {
    for (const item of node) collectSecrets(item, out, key)
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) collectSecrets(v, out, k)
  }
}

/**
 * Redacts a body text. `knownSecrets` are values to hide wherever they appear (the context's API
 * key and tokens); fields named like secrets are found by parsing the JSON.
 */
export function redactBody(text: string, knownSecrets: Iterable<string> = []): string {
  if (text === '') return text
  const secrets = new Set<string>()
  for (const s of knownSecrets) if (s && s.length >= 6) secrets.add(s)
  try {
    collectSecrets(JSON.parse(text), secrets)
  } catch {
    // Not JSON (an HTML error page, a truncated body): only known secrets and PEMs are masked.
  }
  let out = text.replace(PRIVATE_PEM, `-----BEGIN PRIVATE KEY----- ${REDACTED}`)
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)])
    for (const form of forms) out = out.split(form).join(maskSecret(secret))
  }
  return out
}

/** Redacts a header record: secret headers masked, known secrets hidden in any other value. */
export function redactHeaders(
  headers: Record<string, string>,
  knownSecrets: Iterable<string> = [],
): Record<string, string> {
  const secrets = [...knownSecrets].filter((s) => s && s.length >= 6)
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (SIGNATURE_HEADERS.has(lower)) out[name] = value === '' ? '' : REDACTED
    else if (SECRET_HEADERS.has(lower)) out[name] = maskSecret(value)
    else out[name] = secrets.reduce((v, s) => v.split(s).join(maskSecret(s)), value)
  }
  return out
}

/** A safe-to-store copy of an exchange (the `redacted` half of an ExchangeEvent). */
export function redactExchange(exchange: Exchange, knownSecrets: Iterable<string> = []): Exchange {
  const secrets = [...knownSecrets]
  const hide = (text: string | null) => (text === null ? null : redactBody(text, secrets))
  return {
    ...exchange,
    request: {
      ...exchange.request,
      url: hide(exchange.request.url) ?? '',
      headers: redactHeaders(exchange.request.headers, secrets),
      body: redactBody(exchange.request.body, secrets),
    },
    response: exchange.response && {
      ...exchange.response,
      headers: redactHeaders(exchange.response.headers, secrets),
      body: redactBody(exchange.response.body, secrets),
    },
    clientSignature: exchange.clientSignature && {
      ...exchange.clientSignature,
      signature: REDACTED,
    },
    errorMessage: hide(exchange.errorMessage),
  }
}
