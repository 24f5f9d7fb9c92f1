/**
 * Where lessons and the cast talk to. With the practice transport they get a practice bank of
 * their own (in memory, in this page): a lesson never disturbs the user on the Accounts page, and
 * its fault switches (expire every session, reset the sandbox) only hit the lesson's bank. With a
 * direct or relay transport (a facilitator's practice bank server, or the bunq sandbox) they use
 * the configured transport, and the fault switches are out of reach: a switch on a shared room
 * server would hit every attendee at once (docs/workshop.md).
 */
import { bankOf, PRACTICE_IN_PAGE, type BankBinding } from '../bunq/bank'
import { PRACTICE_BASE_URL, type TransportConfig } from '../bunq/context'
import type { Platform, Transport } from '../platform/platform'
import type { BankOptions, PracticeBank } from '../practice-bank'
import { normalizeBank, transportForBank } from '../transport/context-transport'
import type { TransportEnvironment } from '../transport/create-transport'

export interface WorkshopBackend {
  kind: TransportConfig['kind']
  /** Ends in /v1. */
  baseUrl: string
  transport: Transport
  /** The in-page bank (fault switches, would-be callbacks); null across a network. */
  bank: PracticeBank | null
  /** For the page: "the practice bank in this page", "http://192.0.2.7:5055/v1". */
  label: string
  /** The bank the cast's contexts belong to: requests go only there (docs/decisions/0023). */
  home: BankBinding
}

/**
 * Lesson banks run without rate limits: a cast of three opens three sessions in a few seconds,
 * which bunq's 1-per-30-s session-server limit would stretch to a minute (docs/protocol.md §9).
 * The "When things go wrong" lesson switches the limits on for the step that teaches them.
 */
export const LESSON_BANK_OPTIONS: Partial<BankOptions> = { rateLimits: 'off' }

/** A fresh in-page practice bank for lessons (its state lives in memory only). */
export async function practiceBackend(
  platform: Platform,
  options: Partial<BankOptions> = {},
): Promise<WorkshopBackend> {
  const { createPracticeBank, createMemoryStore } = await import('../practice-bank')
  const bank = createPracticeBank({
    ...LESSON_BANK_OPTIONS,
    ...options,
    platform,
    store: createMemoryStore(),
  })
  await bank.ready
  return {
    kind: 'practice',
    baseUrl: PRACTICE_BASE_URL,
    transport: (request) => bank.handle(request),
    bank,
    label: 'the practice bank in this page',
    home: PRACTICE_IN_PAGE,
  }
}

/** The backend for a transport setting: a lesson bank for 'practice', else the live transport. */
export async function workshopBackend(
  config: TransportConfig,
  platform: Platform,
  environment: TransportEnvironment = {},
): Promise<WorkshopBackend> {
  if (config.kind === 'practice') return practiceBackend(platform)
  // A relay's target is not known here: lessons run on sandboxes, so its bank is bunq's sandbox.
  const home = normalizeBank(bankOf(config, 'SANDBOX'))
  const handle = transportForBank(home, platform, environment)
  return {
    kind: handle.kind,
    baseUrl: handle.baseUrl,
    transport: handle.transport,
    bank: null,
    label: handle.baseUrl,
    home,
  }
}
