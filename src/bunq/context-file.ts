/**
 * bunq.conf import and export (docs/protocol.md §13). Export writes ONE file that both official
 * SDKs restore (§13.5 "One file for both SDKs"): snake_case keys sorted as Python's
 * `json.dumps(sort_keys=True, indent=4)` writes them, `environment_type` in capitals, all four
 * installation fields, a PKCS#8 private key, `expiry_time` in LOCAL time with exactly six
 * fractional digits, and the user object under both the Python key (`user_person`) and the PHP
 * key (`userPerson`). Import accepts the Python, PHP, Java and C# variants (§13.1-§13.3), checks
 * that the private key matches the public key, and names the field when something is wrong.
 * Pure: no DOM, no storage. The file holds secrets in plain text; the UI says so.
 */
import { isPracticeBank, practiceExportWarning } from './practice-export-note'
import type { ApiContext, Environment, UserType } from './context'
import { BunqError } from '../errors'
import {
  checkFileSize,
  checkKeyBits,
  checkPemText,
  checkUserSize,
  checkVisible,
  ContextFileError,
  withoutBom,
} from './context-file-checks'
import { utf8Encode } from '../crypto/bytes'
import { pkcs1PrivateToPkcs8 } from '../crypto/der'
import { parsePem, pemToPrivateKey, pemToPublicKey, toPem } from '../crypto/pem'
import { signBytes, verifyBytes } from '../crypto/rsa'

const USER_KEYS: Record<UserType, [snake: string, camel: string]> = {
  UserPerson: ['user_person', 'userPerson'],
  UserCompany: ['user_company', 'userCompany'],
  UserApiKey: ['user_api_key', 'userApiKey'],
  UserPaymentServiceProvider: ['user_payment_service_provider', 'userPaymentServiceProvider'],
}

export {
  ContextFileError,
  MAX_CONTEXT_FILE_BYTES,
  MAX_USER_OBJECT_BYTES,
} from './context-file-checks'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD hh:mm:ss.ffffff` in local time, as Python's `datetime.now()` and PHP write it. */
export function formatExpiryTime(epochMs: number): string {
  const d = new Date(epochMs)
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  return `${date} ${time}.${pad(d.getMilliseconds() * 1000, 6)}`
}

/** SDK form (local time, 0-6 fractional digits) or ISO 8601 with a zone; null if neither. */
export function parseExpiryTime(text: string): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text.trim(),
    )
  if (!m) return null
  if (m[8]) {
    const ms = Date.parse(text.trim().replace(' ', 'T'))
    return Number.isNaN(ms) ? null : ms
  }
  if (m[7] && m[7].length > 6) return null
  const ms = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000)
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number)
  const date = new Date(y, mo - 1, d, h, mi, s, ms)
  // Reject 2026-02-31 and the like instead of rolling over.
  if (date.getMonth() !== mo - 1 || date.getDate() !== d || h > 23 || mi > 59 || s > 59) return null
  return date.getTime()
}

/** A private PEM as PKCS#8 (`BEGIN PRIVATE KEY`), converting PKCS#1 if needed. */
export function toPkcs8Pem(pem: string): string {
  const { label, der } = parsePem(pem)
  return label === 'RSA PRIVATE KEY'
    ? toPem('PRIVATE KEY', pkcs1PrivateToPkcs8(der))
    : toPem('PRIVATE KEY', der)
}

/** Writes the bunq.conf text. Needs keys, an installation and a session (both SDKs insist). */
export function exportBunqConf(context: ApiContext): string {
  const { apiKey, privateKeyPem, publicKeyPem, installation, session } = context
  if (!apiKey || !privateKeyPem || !publicKeyPem || !installation)
    throw new BunqError(
      'no-context',
      'Only an installed context can be exported.',
      'Finish the installation step first.',
    )
  if (!session)
    throw new BunqError(
      'no-context',
      'Both SDKs need a session in bunq.conf.',
      'Open a session first, then export.',
    )
  const [snake, camel] = USER_KEYS[session.userType]
  return JSON.stringify(
    {
      api_key: apiKey,
      environment_type: context.environment,
      installation_context: {
        private_key_client: toPkcs8Pem(privateKeyPem),
        public_key_client: publicKeyPem,
        public_key_server: installation.serverPublicKeyPem,
        token: installation.token,
      },
      // From a practice bank only: a key neither SDK reads. PHP's fromJson reads its own keys by
      // name and Python's converter skips an unknown key with a warning, so both still restore it.
      ...(isPracticeBank(context.bank)
        ? { practice_bank_note: practiceExportWarning(context.bank) }
        : {}),
      // Key order as Python's sort_keys writes it; the camelCase copy is for the PHP SDK.
      session_context: sortKeys({
        expiry_time: formatExpiryTime(session.expiresAt),
        token: session.token,
        user_id: session.userId,
        [snake]: session.user,
        [camel]: session.user,
      }),
    },
    null,
    4,
  )
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

type Json = Record<string, unknown>

function objectAt(parent: Json, key: string, path: string): Json {
  const value = parent[key]
  if (value === undefined || value === null) throw new ContextFileError(`${path} is missing.`)
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ContextFileError(`${path} is not an object.`)
  return value as Json
}

function stringAt(parent: Json, key: string, path: string): string {
  const value = parent[key]
  if (value === undefined || value === null || value === '')
    throw new ContextFileError(`${path} is missing.`)
  if (typeof value !== 'string') throw new ContextFileError(`${path} is not a string.`)
  return value
}

async function readKey<T>(path: string, kind: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch {
    throw new ContextFileError(`${path} is not a valid RSA ${kind} key PEM.`)
  }
}

export interface ImportedContext {
  context: ApiContext
  /** True when the file's session had expired: import it and open a new session (§13.1). */
  sessionDropped: boolean
}

/** Reads a bunq.conf. Throws ContextFileError naming the first bad field; stores nothing. */
export async function importBunqConf(
  text: string,
  now: number,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<ImportedContext> {
  checkFileSize(text)
  let root: unknown
  try {
    root = JSON.parse(withoutBom(text))
  } catch {
    throw new ContextFileError('The file is not JSON (a bunq.conf is a JSON object).')
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    throw new ContextFileError('The file is not a bunq.conf: expected a JSON object.')
  const file = root as Json
  const apiKey = checkVisible(stringAt(file, 'api_key', 'api_key'), 'api_key')
  // Exact, after trimming: toUpperCase() would turn 'ſandbox' (long s) into SANDBOX.
  const envText = stringAt(file, 'environment_type', 'environment_type').trim()
  if (envText !== 'SANDBOX' && envText !== 'PRODUCTION')
    throw new ContextFileError('environment_type must be SANDBOX or PRODUCTION.')
  const environment = envText as Environment
  if (environment === 'PRODUCTION' && apiKey.startsWith('sandbox_'))
    throw new ContextFileError('api_key is a sandbox key but environment_type is PRODUCTION.')
  const inst = objectAt(file, 'installation_context', 'installation_context')
  const p = (field: string) => `installation_context.${field}`
  const token = checkVisible(stringAt(inst, 'token', p('token')), p('token'))
  const pemAt = (field: string) => checkPemText(stringAt(inst, field, p(field)), p(field))
  const privatePem = pemAt('private_key_client')
  const publicPem = pemAt('public_key_client')
  const serverPem = pemAt('public_key_server')
  const privateKey = await readKey(p('private_key_client'), 'private', () =>
    pemToPrivateKey(privatePem, {}, subtle),
  )
  const publicKey = await readKey(p('public_key_client'), 'public', () =>
    pemToPublicKey(publicPem, subtle),
  )
  checkKeyBits(publicKey, p('public_key_client'))
  const serverKey = await readKey(p('public_key_server'), 'public', () =>
    pemToPublicKey(serverPem, subtle),
  )
  checkKeyBits(serverKey, p('public_key_server'))
  const probe = utf8Encode('bunq-workbench key pair probe')
  if (!(await verifyBytes(publicKey, probe, await signBytes(privateKey, probe, subtle), subtle)))
    throw new ContextFileError(
      `${p('private_key_client')} does not match ${p('public_key_client')}.`,
    )
  const { session, sessionDropped } = readSession(file, now)
  // bunq's own file names only the environment: bunq's sandbox or production, reached directly.
  // The importer binds it to the bank chosen for it (src/state/vault-files.ts).
  const context: ApiContext = {
    bank: environment === 'PRODUCTION' ? { kind: 'bunq-production' } : { kind: 'bunq-sandbox' },
    environment,
    apiKey,
    privateKeyPem: toPkcs8Pem(privatePem),
    publicKeyPem: publicPem,
    installation: { id: null, token, serverPublicKeyPem: serverPem },
    // A bunq.conf only exists after device registration; the SDKs do not keep the device id.
    device: { id: null, description: 'imported from bunq.conf' },
    session,
  }
  return { context, sessionDropped }
}

function readSession(
  file: Json,
  now: number,
): { session: ApiContext['session']; sessionDropped: boolean } {
  if (file.session_context === undefined || file.session_context === null)
    return { session: null, sessionDropped: false }
  const s = objectAt(file, 'session_context', 'session_context')
  const token = checkVisible(stringAt(s, 'token', 'session_context.token'), 'session_context.token')
  const expiryText = stringAt(s, 'expiry_time', 'session_context.expiry_time')
  const expiresAt = parseExpiryTime(expiryText)
  if (expiresAt === null)
    throw new ContextFileError(
      'session_context.expiry_time is not a date (expected YYYY-MM-DD hh:mm:ss.ffffff).',
    )
  const userId = typeof s.user_id === 'string' ? Number(s.user_id) : s.user_id
  if (typeof userId !== 'number' || !Number.isInteger(userId) || userId <= 0)
    throw new ContextFileError('session_context.user_id is missing or not a whole number.')
  if (expiresAt <= now) return { session: null, sessionDropped: true }
  let userType: UserType = 'UserPerson'
  let user: Record<string, unknown> = {}
  for (const [type, keys] of Object.entries(USER_KEYS) as [UserType, string[]][]) {
    const found = keys
      .map((k) => s[k])
      .find((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
    if (found) {
      userType = type
      user = found as Record<string, unknown>
      checkUserSize(user, `session_context.${keys[keys.map((k) => s[k]).indexOf(found)]}`)
      break
    }
  }
  return { session: { id: null, token, expiresAt, userId, userType, user }, sessionDropped: false }
}
