/** Small pure formatters shared by the views, and presenter mode's masking of what they show. */
import type { Exchange } from '../bunq/exchange'
import type { Money } from '../state/models'
import { maskForPresenter, maskIban as maskIbanForPresenter } from '../transcript/mask'

/** "6d 23h", "3h 05m", "4:09", "expired". */
export function formatRemaining(ms: number): string {
  if (ms <= 0) return 'expired'
  const s = Math.floor(ms / 1000)
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  if (d > 0) return `${d}d ${h}h`
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  return `${m}:${String(sec).padStart(2, '0')}`
}

/** "€ 487.40" style, but with the ISO code so it is unambiguous: "487.40 EUR". */
export function formatMoney(money: Money): string {
  const n = Number(money.value)
  if (!Number.isFinite(n)) return `${money.value} ${money.currency}`
  const text = Math.abs(n).toLocaleString('en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
  return `${n < 0 ? '−' : ''}${text} ${money.currency}`
}

/** bunq's "YYYY-MM-DD hh:mm:ss.ffffff" (UTC) as "2026-01-01 00:00 UTC". */
export function formatBunqTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(value)
  return match ? `${match[1]} ${match[2]} UTC` : value
}

/** Epoch ms as "HH:MM:SS" in UTC (history rows); tests stay independent of the machine's zone. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19)
}

/** Splits an IBAN in groups of four, as people read them. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}

/**
 * Presenter mode hides most of each IBAN: the country and the last four characters, in
 * groups of four, `NL** **** **** **12 34`: the same form the transcript and lessons project.
 */
export function maskIban(iban: string): string {
  return maskIbanForPresenter(iban)
}

/** What presenter mode shows for a secret: a fixed mask, so not even a prefix or length shows. */
export const PRESENTER_MASK = '••••'

/** Headers whose whole value is a secret (docs/protocol.md §5, §6): masked whole on screen. */
const SECRET_HEADERS =
  /^(x-bunq-client-authentication|x-bunq-client-signature|x-bunq-server-signature|authorization)$/i

/** Field names whose values are secrets in bodies (API key, tokens, the device `secret`). */
const SECRET_FIELD = /^(secret|token|api_key|access_token|client_secret|private_key(_client)?)$/i

/**
 * Every secret value a (raw) exchange carries: the secret headers and secret-named body fields.
 * Presenter mode hides these wherever they appear, on top of the shapes maskForPresenter knows.
 */
export function exchangeSecrets(exchange: Exchange | null): string[] {
  if (!exchange) return []
  const out: string[] = []
  const headers = [exchange.request.headers, exchange.response?.headers ?? {}]
  for (const record of headers)
    for (const [name, value] of Object.entries(record))
      if (SECRET_HEADERS.test(name) && value) out.push(value)
  for (const body of [exchange.request.body, exchange.response?.body ?? ''])
    collectSecretFields(body, out)
  if (exchange.clientSignature) out.push(exchange.clientSignature.signature)
  return out.filter((s) => s.length >= 6)
}

function collectSecretFields(text: string, out: string[]): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return
  }
  const walk = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (SECRET_FIELD.test(key)) out.push(node)
    } else if (Array.isArray(node)) node.forEach((item) => walk(item, key))
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k)
  }
  walk(parsed, '')
}

/** The redacted copy keeps a short prefix of each secret (src/bunq/redact.ts maskSecret): not here. */
const REDACTED_PREFIX = /sandbox_[0-9a-zA-Z]{0,8}…|[^\s"]{0,4}… •••• redacted/g

/**
 * An exchange as presenter mode shows it: secret headers masked whole, every known secret and
 * secret-shaped text (src/transcript/mask.ts) masked in the URL, headers, bodies and error, the
 * client signature masked, and every IBAN cut to its tail. Give it the redacted copy.
 */
export function presenterExchange(exchange: Exchange, secrets: Iterable<string> = []): Exchange {
  const known = [...secrets]
  const text = (value: string) =>
    maskForPresenter(value, known).replace(REDACTED_PREFIX, PRESENTER_MASK)
  const headers = (record: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(record).map(([name, value]) => [
        name,
        SECRET_HEADERS.test(name) && value ? PRESENTER_MASK : text(value),
      ]),
    )
  return {
    ...exchange,
    request: {
      ...exchange.request,
      url: text(exchange.request.url),
      headers: headers(exchange.request.headers),
      body: text(exchange.request.body),
    },
    response: exchange.response && {
      ...exchange.response,
      headers: headers(exchange.response.headers),
      body: text(exchange.response.body),
    },
    clientSignature: exchange.clientSignature && {
      ...exchange.clientSignature,
      signature: PRESENTER_MASK,
    },
    errorMessage: exchange.errorMessage === null ? null : text(exchange.errorMessage),
  }
}

/** Pretty-prints JSON text; returns the text unchanged when it is not JSON. */
export function prettyJson(text: string): string {
  if (!text) return ''
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

/**
 * "POST /installation": an exchange's method and path (without host, `/v1` or query), which
 * names the copy buttons of its bodies so several exchanges on one page read apart.
 */
export function requestName(request: { method: string; url: string }): string {
  const path = request.url.replace(/^[a-z]+:\/\/[^/]+(\/v1)?/i, '').replace(/\?.*$/, '')
  return `${request.method} ${path || '/'}`
}
