/**
 * What the transport layer found out about reaching a live server, as typed facts the state and UI
 * layers put into words (docs/protocol.md §11.2). Made by `diagnose` (diagnose.ts); carried by
 * `TransportError`.
 */
import type { NetworkErrorCode } from '../bunq/errors'

export type LiveTransportKind = 'direct' | 'relay'

/** 'ok', or why the page cannot use this server. */
export type DiagnosisCode = 'ok' | NetworkErrorCode

/** What one probe saw, as a fact; the state layer words it (src/state/diagnosis-words.ts). */
export type Observation =
  | { kind: 'browser-offline' } // navigator.onLine said false
  | { kind: 'call-timed-out' } // the real call got no answer in time
  | { kind: 'call-answered' } // the real call got an answer
  | { kind: 'call-failed' } // the real call failed before any answer
  | { kind: 'probe-timed-out' }
  | { kind: 'probe-answered'; status: number }
  | { kind: 'probe-refused' } // the browser refused or lost the probe
  | { kind: 'headers-readable' }
  | { kind: 'headers-hidden' }
  | { kind: 'host-answers' }
  | { kind: 'nothing-answered' }
  | { kind: 'own-origin-answers' }
  | { kind: 'own-origin-silent' }
  | { kind: 'relay-answered'; relayError: RelayTargetError }

/** What a relay says when it answers on behalf of its target (502/504): never bunq's answer. */
export type RelayTargetError = 'timeout' | 'target-unreachable'

/** One probe the diagnosis ran, in order, for the UI to list ("what we tried"). */
export interface DiagnosisStep {
  check:
    | 'online-flag' // navigator.onLine
    | 'cors-request' // a real cross-origin request with bunq's headers (forces a preflight)
    | 'exposed-headers' // X-Bunq-Client-Response-Id readable on the answer
    | 'no-cors-request' // an opaque request: does anything answer at all?
    | 'own-origin' // the page's own server: is the network there?
  outcome: 'passed' | 'failed'
  seen: Observation
}

/** What to do next, most useful first. Commands are exact and copyable. */
export type NextStep =
  | { kind: 'run-relay'; command: string }
  | { kind: 'allow-origin'; command: string }
  | { kind: 'start-practice-bank-server'; command: string }
  | { kind: 'use-practice-bank' }
  | { kind: 'check-connection' }
  | { kind: 'check-url' }
  | { kind: 'retry' }

/**
 * The facts of one diagnosis. No sentence: what happened is told from the code, the transport, the
 * base URL and the page's origin (src/state/diagnosis-words.ts). Never a bunq error: bunq may never
 * have seen the call.
 */
export interface Diagnosis {
  code: DiagnosisCode
  transport: LiveTransportKind
  /** The base URL that was diagnosed, e.g. https://public-api.sandbox.bunq.com/v1. */
  baseUrl: string
  /** The page's own origin when known: the one a relay must allow. */
  pageOrigin?: string
  /** Set when a relay answered on behalf of its target (the diagnosis is about that target). */
  relayError?: RelayTargetError
  steps: DiagnosisStep[]
  nextSteps: NextStep[]
}
