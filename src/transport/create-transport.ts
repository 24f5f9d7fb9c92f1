/**
 * One entry point from settings to a working transport (docs/architecture.md, "transport"): the
 * practice bank in the page, a direct base URL, or a relay. The protocol core builds its URLs from
 * the returned `baseUrl` and sends them through `transport`.
 */
import { PRACTICE_BASE_URL } from '../bunq/context'
import type { TransportConfig } from '../bunq/context'
import type { Platform, Transport } from '../platform/platform'
import { normalizeDirectBaseUrl, normalizeRelayUrl } from './base-url'
import type { Diagnosis } from './diagnosis'
import { createLiveTransport } from './live-transport'
import { loadPracticeBank } from './practice'
import type { PracticeBankLoader } from './practice'

/** What the page knows about itself, passed in by the composition root (main.ts). */
export interface TransportEnvironment {
  /** location.origin. */
  pageOrigin?: string
  /** () => navigator.onLine. */
  isOnline?: () => boolean
  /** Per call for live transports; default 30 s. */
  timeoutMs?: number
  /** Diagnose a live transport before its first call (default true). */
  checkFirst?: boolean
  /** Tests replace the practice bank loader. */
  loadPracticeBank?: PracticeBankLoader
}

export interface TransportHandle {
  kind: TransportConfig['kind']
  transport: Transport
  /** Where the core sends requests, e.g. https://public-api.sandbox.bunq.com/v1; no trailing slash. */
  baseUrl: string
  /** Live transports: probe now (for a "test connection" button). Practice: null, no network. */
  diagnose: () => Promise<Diagnosis | null>
}

/**
 * Builds the transport for a configuration. Throws a BunqError for a base or relay URL that is
 * not a plain http(s) URL. Production is not guarded here: the settings state refuses
 * PRODUCTION_BASE_URL until the user has unlocked it.
 */
export function createTransport(
  config: TransportConfig,
  platform: Platform,
  environment: TransportEnvironment = {},
): TransportHandle {
  if (config.kind === 'practice') {
    const load = environment.loadPracticeBank ?? loadPracticeBank
    return {
      kind: 'practice',
      baseUrl: PRACTICE_BASE_URL,
      transport: async (request) => (await load(platform)).handle(request),
      diagnose: async () => null,
    }
  }
  const baseUrl =
    config.kind === 'direct'
      ? normalizeDirectBaseUrl(config.baseUrl)
      : `${normalizeRelayUrl(config.relayUrl)}/v1`
  const live = createLiveTransport({ kind: config.kind, baseUrl, platform, ...environment })
  return { kind: config.kind, baseUrl, ...live }
}
