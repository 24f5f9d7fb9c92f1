/**
 * What the transport layer found out about reaching a live server, as plain data the UI renders
 * (docs/protocol.md §11.2). Made by `diagnose` (diagnose.ts); carried by `TransportError`.
 */
import type { NetworkErrorCode } from '../bunq/errors'

export type LiveTransportKind = 'direct' | 'relay'

/** 'ok', or why the page cannot use this server. */
export type DiagnosisCode = 'ok' | NetworkErrorCode

/** One probe the diagnosis ran, in order, for the UI to list ("what we tried"). */
export interface DiagnosisStep {
  check:
    | 'online-flag' // navigator.onLine
    | 'cors-request' // a real cross-origin request with bunq's headers (forces a preflight)
    | 'exposed-headers' // X-Bunq-Client-Response-Id readable on the answer
    | 'no-cors-request' // an opaque request: does anything answer at all?
    | 'own-origin' // the page's own server: is the network there?
  outcome: 'passed' | 'failed'
  detail: string
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

export interface Diagnosis {
  code: DiagnosisCode
  transport: LiveTransportKind
  /** The base URL that was diagnosed, e.g. https://public-api.sandbox.bunq.com/v1. */
  baseUrl: string
  steps: DiagnosisStep[]
  /** One plain sentence: what happened. Never a bunq error: bunq may never have seen the call. */
  summary: string
  nextSteps: NextStep[]
}
