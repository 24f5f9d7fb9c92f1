/**
 * The direct and relay transports: the platform's fetch to a live server, with every network-level
 * failure turned into a diagnosed TransportError instead of reaching the protocol core as a bunq
 * error (docs/protocol.md §11.2). Before the first call it checks that the server answers this page
 * and shows it the X-Bunq headers; an answer whose headers are hidden raises
 * 'signature-header-unreadable' rather than letting the core report a missing signature.
 */
import type { Platform, Transport } from '../platform/platform'
import type { Diagnosis, LiveTransportKind } from './diagnosis'
import { bunqHeadersReadable, diagnose, relayFailureDiagnosis } from './diagnose'
import type { DiagnoseInput } from './diagnose'
import { TransportError, transportErrorFrom } from './errors'
import { abortable, TIMED_OUT, withTimeout } from './timeout'

export interface LiveTransportOptions {
  kind: LiveTransportKind
  baseUrl: string
  platform: Pick<Platform, 'fetch' | 'randomUUID' | 'sleep'>
  /** location.origin of the page; tells cross-origin answers and "offline" apart. */
  pageOrigin?: string
  /** navigator.onLine. */
  isOnline?: () => boolean
  /** Per call; default 30 s. */
  timeoutMs?: number
  /** Diagnose before the first call (default true). */
  checkFirst?: boolean
}

export function createLiveTransport(options: LiveTransportOptions): {
  transport: Transport
  diagnose: () => Promise<Diagnosis>
} {
  const { kind, baseUrl, platform, pageOrigin } = options
  const run = (observed?: DiagnoseInput['observed']) =>
    diagnose({ kind, baseUrl, observed }, { ...platform, pageOrigin, isOnline: options.isOnline })
  let checked = options.checkFirst === false

  const transport: Transport = async (request) => {
    if (!checked) {
      const first = await run()
      if (first.code !== 'ok') throw transportErrorFrom(first)
      checked = true
    }
    const { request: sent, abort } = abortable(request)
    let response: Response
    try {
      const outcome = await withTimeout(
        platform.fetch(sent),
        options.timeoutMs ?? 30_000,
        platform.sleep,
      )
      if (outcome === TIMED_OUT) {
        abort()
        throw transportErrorFrom(await run('timed-out'))
      }
      response = outcome
    } catch (error) {
      if (error instanceof TransportError || request.signal?.aborted) throw error
      checked = options.checkFirst === false // re-check before the next call
      throw transportErrorFrom(await run('failed'), error)
    }
    const relayError = response.headers.get('X-Relay-Error')
    if (relayError === 'timeout' || relayError === 'target-unreachable') {
      throw transportErrorFrom(relayFailureDiagnosis(kind, baseUrl, relayError))
    }
    if (!bunqHeadersReadable(response, request.url, pageOrigin)) {
      throw transportErrorFrom(await run('headers-hidden'))
    }
    return response
  }
  return { transport, diagnose: () => run() }
}
