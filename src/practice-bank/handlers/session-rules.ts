import type { Bank } from '../bank'
import { BankError, TEXT } from '../bank-error'
import type { DeviceData, InstallationData, SessionData } from '../state'

/**
 * Session rules (docs/protocol.md §4.4-§4.6): the secret must be a key registered as a device on
 * this installation, the caller's IP must be permitted, and one live session per installation
 * is optional (switch singleSessionPerInstallation).
 */
export async function deviceFor(
  bank: Bank,
  installation: InstallationData,
  secret: string,
): Promise<DeviceData> {
  const hash = await bank.secretHash(secret)
  const devices = bank.state.devices.filter(
    (d) => d.installationId === installation.id && d.apiKeyHash === hash,
  )
  const ip = bank.options.callerIp
  const device = devices.find((d) => d.wildcard || d.ips.includes(ip))
  if (!device || !bank.state.apiKeys.some((k) => k.keyHash === hash)) {
    throw new BankError(400, TEXT.credentials)
  }
  return device
}

/**
 * How long after creation an API key (or a PSD2 credential's token) may first be bound to a
 * device (docs/protocol.md §4.1, switch apiKeyBindWindow); Infinity when the switch is off.
 */
export function bindWindowMs(bank: Bank): number {
  return { '1h': 3600e3, '4h': 4 * 3600e3, off: Infinity }[bank.options.apiKeyBindWindow]
}

/**
 * Opens a session; returns it with its token, which is only stored as a hash. `timeoutSeconds`
 * overrides the bank's session length (a PSD2 provider's session lasts an hour, §4.8).
 */
export async function openSession(
  bank: Bank,
  installation: InstallationData,
  userId: number,
  timeoutSeconds = bank.options.sessionTimeoutSeconds,
): Promise<{ session: SessionData; token: string }> {
  const now = bank.now()
  if (
    bank.options.singleSessionPerInstallation &&
    bank.state.sessions.some((s) => s.installationId === installation.id && s.expiresAt > now)
  ) {
    throw new BankError(400, TEXT.sessionTaken)
  }
  const token = bank.hex(32)
  const session: SessionData = {
    id: bank.nextId(),
    tokenHash: await bank.secretHash(token),
    installationId: installation.id,
    userId,
    created: now,
    expiresAt: now + timeoutSeconds * 1000,
  }
  if (timeoutSeconds !== bank.options.sessionTimeoutSeconds) session.timeoutSeconds = timeoutSeconds
  bank.state.sessions.push(session)
  return { session, token }
}

/** Applies the extension rule to a session used now (§4.6, switch sessionExtension). */
export function extendSession(bank: Bank, session: SessionData): void {
  const now = bank.now()
  const left = session.expiresAt - now
  const timeoutMs = (session.timeoutSeconds ?? bank.options.sessionTimeoutSeconds) * 1000
  const rule = bank.options.sessionExtension
  if (rule === 'swagger-30s' && left < 30e3) {
    session.expiresAt = now + Math.min(timeoutMs, 300e3)
    bank.dirty = true
  } else if (rule === 'docs-30min' && left < 1800e3) {
    session.expiresAt = now + timeoutMs
    bank.dirty = true
  }
}
