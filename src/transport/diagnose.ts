/**
 * Tells apart why a page cannot use a live server (docs/protocol.md §11.1-§11.2): offline, host
 * unreachable, blocked by the browser's cross-origin rules, or answering with its X-Bunq headers
 * hidden. Pure logic over an injected fetch, so every case is unit-tested with fakes; the result is
 * facts the state layer words (src/state/diagnosis-words.ts).
 *
 * The probe is an unauthenticated `GET {base}/user` carrying bunq's Cache-Control and request-id
 * headers: exactly the shape that forces a CORS preflight, without a token or body, and with no
 * effect on bunq (it answers an error with X-Bunq-Client-Response-Id, §7).
 */
import type { Transport } from '../platform/platform'
import { adviseOn } from './advice'
import type { Diagnosis, DiagnosisCode, DiagnosisStep, LiveTransportKind } from './diagnosis'
import { TIMED_OUT, withTimeout } from './timeout'

export interface DiagnoseDeps {
  fetch: Transport
  randomUUID: () => string
  sleep: (ms: number) => Promise<void>
  /** navigator.onLine, when known. */
  isOnline?: () => boolean
  /** The page's own origin (location.origin): probed to tell "offline" from "host unreachable". */
  pageOrigin?: string
  /** Per probe; default 10 s. */
  probeTimeoutMs?: number
}

export interface DiagnoseInput {
  kind: LiveTransportKind
  baseUrl: string
  /**
   * What the real call already showed, so the diagnosis does not repeat it: it failed at network
   * level, got no answer in time, or got an answer whose X-Bunq headers were hidden.
   */
  observed?: 'failed' | 'timed-out' | 'headers-hidden'
}

/**
 * True when the page can read the X-Bunq headers of this answer. A same-origin answer shows every
 * header; a cross-origin one only those in Access-Control-Expose-Headers. bunq sends
 * X-Bunq-Client-Response-Id on every answer (§7), so its absence means "hidden". The relay marks
 * its own answers with X-Relay-Error instead.
 */
export function bunqHeadersReadable(response: Response, url: string, pageOrigin?: string): boolean {
  const crossOrigin =
    response.type === 'cors' || (pageOrigin !== undefined && new URL(url).origin !== pageOrigin)
  if (!crossOrigin) return true
  return response.headers.has('X-Bunq-Client-Response-Id') || response.headers.has('X-Relay-Error')
}

async function probe(
  deps: DiagnoseDeps,
  request: Request,
): Promise<Response | 'failed' | typeof TIMED_OUT> {
  try {
    return await withTimeout(deps.fetch(request), deps.probeTimeoutMs ?? 10_000, deps.sleep)
  } catch {
    return 'failed'
  }
}

/** Runs the probes in order and stops at the first that settles the question. */
export async function diagnose(input: DiagnoseInput, deps: DiagnoseDeps): Promise<Diagnosis> {
  const steps: DiagnosisStep[] = []
  const done = (code: DiagnosisCode): Diagnosis => ({
    code,
    transport: input.kind,
    baseUrl: input.baseUrl,
    ...(deps.pageOrigin === undefined ? {} : { pageOrigin: deps.pageOrigin }),
    steps,
    ...adviseOn(code, input.kind, input.baseUrl, deps.pageOrigin),
  })
  const url = `${input.baseUrl}/user`

  if (deps.isOnline?.() === false) {
    steps.push({
      check: 'online-flag',
      outcome: 'failed',
      seen: { kind: 'browser-offline' },
    })
    return done('network-offline')
  }
  if (input.observed === 'timed-out') {
    steps.push({
      check: 'cors-request',
      outcome: 'failed',
      seen: { kind: 'call-timed-out' },
    })
    return done('timeout')
  }
  if (input.observed === 'headers-hidden') {
    steps.push({ check: 'cors-request', outcome: 'passed', seen: { kind: 'call-answered' } })
    steps.push({ check: 'exposed-headers', outcome: 'failed', seen: { kind: 'headers-hidden' } })
    return done('signature-header-unreadable')
  }
  if (input.observed === undefined) {
    const headers = { 'Cache-Control': 'no-cache', 'X-Bunq-Client-Request-Id': deps.randomUUID() }
    const answer = await probe(deps, new Request(url, { headers, cache: 'no-store' }))
    if (answer === TIMED_OUT) {
      steps.push({ check: 'cors-request', outcome: 'failed', seen: { kind: 'probe-timed-out' } })
      return done('timeout')
    }
    if (answer !== 'failed') {
      steps.push({
        check: 'cors-request',
        outcome: 'passed',
        seen: { kind: 'probe-answered', status: answer.status },
      })
      const readable = bunqHeadersReadable(answer, url, deps.pageOrigin)
      steps.push({
        check: 'exposed-headers',
        outcome: readable ? 'passed' : 'failed',
        seen: { kind: readable ? 'headers-readable' : 'headers-hidden' },
      })
      return done(readable ? 'ok' : 'signature-header-unreadable')
    }
    steps.push({
      check: 'cors-request',
      outcome: 'failed',
      seen: { kind: 'probe-refused' },
    })
  } else {
    steps.push({
      check: 'cors-request',
      outcome: 'failed',
      seen: { kind: 'call-failed' },
    })
  }
  // An opaque request needs no permission from the server: if it gets through, the host is there
  // and only the cross-origin rules stopped the real one.
  const opaque = await probe(deps, new Request(url, { mode: 'no-cors', cache: 'no-store' }))
  if (opaque !== 'failed' && opaque !== TIMED_OUT) {
    steps.push({ check: 'no-cors-request', outcome: 'passed', seen: { kind: 'host-answers' } })
    return done('cors-blocked')
  }
  steps.push({ check: 'no-cors-request', outcome: 'failed', seen: { kind: 'nothing-answered' } })
  if (deps.pageOrigin === undefined) return done('host-unreachable')
  const own = await probe(
    deps,
    new Request(`${deps.pageOrigin}/?transport-probe=${deps.randomUUID()}`, {
      method: 'HEAD',
      cache: 'no-store',
    }),
  )
  const online = own !== 'failed' && own !== TIMED_OUT
  steps.push({
    check: 'own-origin',
    outcome: online ? 'passed' : 'failed',
    seen: { kind: online ? 'own-origin-answers' : 'own-origin-silent' },
  })
  return done(online ? 'host-unreachable' : 'network-offline')
}

/**
 * The relay answered, but on behalf of its target: it timed out (504) or could not reach it (502).
 * Neither is bunq's answer.
 */
export function relayFailureDiagnosis(
  kind: LiveTransportKind,
  baseUrl: string,
  relayError: 'timeout' | 'target-unreachable',
): Diagnosis {
  const timedOut = relayError === 'timeout'
  return {
    code: timedOut ? 'timeout' : 'host-unreachable',
    transport: kind,
    baseUrl,
    relayError,
    steps: [
      { check: 'cors-request', outcome: 'passed', seen: { kind: 'relay-answered', relayError } },
    ],
    nextSteps: [{ kind: 'retry' }, { kind: 'use-practice-bank' }],
  }
}
