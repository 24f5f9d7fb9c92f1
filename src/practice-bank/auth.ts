import { verifyBytes } from '../crypto/rsa'
import type { Bank } from './bank'
import { BankError, TEXT } from './bank-error'
import { extendSession } from './handlers/session-rules'
import type { SignatureCheck } from './inspector'
import type { Route } from './route'
import type { InstallationData, SessionData } from './state'

/**
 * Who is calling (docs/protocol.md §4 token table, §15 "Tokens"): the installation token only on
 * the routes that want it, the session token everywhere else. Anything else - no token, an unknown
 * one, the wrong kind, an expired session - gets the `expiredSessionError` answer (§8).
 */
export interface Caller {
  installation: InstallationData | null
  session: SessionData | null
}

export async function authenticate(
  bank: Bank,
  route: Route,
  token: string | null,
): Promise<Caller> {
  if (route.auth === 'none') return { installation: null, session: null }
  const refuse = () =>
    new BankError(bank.options.expiredSessionError.status, bank.options.expiredSessionError.text)
  if (!token) throw refuse()
  // Tokens are stored as keyed hashes (secret-hash.ts): hash what came in, compare hashes.
  const hash = await bank.secretHash(token)
  if (route.auth === 'installation') {
    const installation = bank.state.installations.find((i) => i.tokenHash === hash)
    if (!installation) throw refuse()
    return { installation, session: null }
  }
  const session = bank.state.sessions.find((s) => s.tokenHash === hash)
  if (!session || session.expiresAt <= bank.now()) throw refuse()
  extendSession(bank, session)
  const installation = bank.state.installations.find((i) => i.id === session.installationId)
  if (!installation) throw refuse()
  return { installation, session }
}

/** The installation a token names, of either kind (used to sign errors when switched on). */
export async function installationOfToken(
  bank: Bank,
  token: string | null,
): Promise<InstallationData | null> {
  if (!token) return null
  const hash = await bank.secretHash(token)
  const direct = bank.state.installations.find((i) => i.tokenHash === hash)
  if (direct) return direct
  const session = bank.state.sessions.find((s) => s.tokenHash === hash)
  return bank.state.installations.find((i) => i.id === session?.installationId) ?? null
}

/**
 * Verifies X-Bunq-Client-Signature over the exact body bytes received (§6.1, §17: never a
 * re-serialisation). Where it is mandatory: missing -> 466, wrong -> badSignatureStatus. Elsewhere
 * it is only checked for the inspector and never refuses a call.
 */
export async function checkSignature(
  bank: Bank,
  installation: InstallationData | null,
  required: boolean,
  header: string | null,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<SignatureCheck> {
  if (header === null || header.trim() === '') {
    if (required) throw new BankError(466, TEXT.signatureRequired)
    return 'absent'
  }
  if (!installation) return 'not-checked'
  const key = await bank.clientKey(installation.id)
  const ok = await verifyBytes(key, bytes, header.trim(), bank.platform.subtle)
  if (!ok && required) throw new BankError(bank.options.badSignatureStatus, TEXT.badSignature)
  return ok ? 'valid' : 'invalid'
}
