/**
 * After a reload the onboarding steps have no exchange in memory (raw copies never outlive the
 * tab, docs/architecture.md security stance), but History still holds the redacted copy of each call.
 * This finds, for a finished step, the stored exchange that belongs to THIS context: the history
 * store is shared by every context of the vault, so a candidate must carry the id the context
 * kept from that step's answer (installation, device and session ids, docs/protocol.md §4.3-§4.5).
 */
import type { ApiContext } from '../../bunq/context'
import type { Exchange, ExchangeEvent } from '../../bunq/exchange'
import type { OnboardingStepId } from '../models/session-onboarding'

/** What the onboarding model reads from History (LiveHistory implements it). */
export interface HistorySource {
  readonly count: number
  /** False until the stored history has been read (a reloaded tab reads it on first use). */
  readonly settled: boolean
  slice(start: number, end: number): readonly Exchange[]
}

/** How far back to look: onboarding is among the first calls of a context. */
export const LOOK_BACK = 2000

const PATHS: Partial<Record<OnboardingStepId, RegExp>> = {
  'create-user': /\/sandbox-user-(person|company)$/,
  installation: /\/installation$/,
  device: /\/device-server$/,
  session: /\/session-server$/,
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '')
  } catch {
    return url.split('?')[0]
  }
}

function isStep(step: OnboardingStepId, exchange: Exchange): boolean {
  const path = PATHS[step]
  const status = exchange.response?.status ?? 0
  return (
    !!path &&
    exchange.request.method === 'POST' &&
    status >= 200 &&
    status < 300 &&
    path.test(pathOf(exchange.request.url))
  )
}

/** True when the answer names this id (`"id": 42` anywhere in the body; ids survive redaction). */
function names(exchange: Exchange, id: number | null | undefined): boolean {
  if (id === null || id === undefined) return false
  return new RegExp(`"id"\\s*:\\s*${id}(?!\\d)`).test(exchange.response?.body ?? '')
}

/**
 * The stored exchange of `step` for `context`, newest first, or null. create-user's answer holds
 * only the (redacted) API key, so it is the newest sandbox-user call with no other installation
 * between it and this context's installation (a context's steps run in order).
 */
export function stepExchangeFromHistory(
  step: OnboardingStepId,
  context: ApiContext,
  entries: readonly Exchange[],
): Exchange | null {
  if (step === 'installation')
    return entries.find((e) => isStep(step, e) && names(e, context.installation?.id)) ?? null
  if (step === 'device')
    return entries.find((e) => isStep(step, e) && names(e, context.device?.id)) ?? null
  if (step === 'session') {
    const session = context.session
    // The session's own id when the answer gave one; else the user it was opened for.
    const id = session?.id ?? session?.userId
    return entries.find((e) => isStep(step, e) && names(e, id)) ?? null
  }
  if (step !== 'create-user') return null
  const installation = stepExchangeFromHistory('installation', context, entries)
  let index = installation ? entries.indexOf(installation) + 1 : 0
  if (!installation && context.installation) return null
  for (; index < entries.length; index++) {
    const entry = entries[index]
    if (isStep('create-user', entry)) return entry
    if (isStep('installation', entry)) return null // another context's onboarding
  }
  return null
}

/**
 * An ExchangeEvent rebuilt from a stored, redacted exchange. `raw` IS the redacted copy (the
 * same object): the raw bytes are kept only in memory and are gone after a reload; the view
 * tells the two apart by that identity.
 */
export function eventFromHistory(exchange: Exchange): ExchangeEvent {
  return { redacted: exchange, raw: exchange }
}
