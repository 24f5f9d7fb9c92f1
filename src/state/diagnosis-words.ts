/**
 * A transport diagnosis in words (docs/protocol.md §11.2-§11.3). The transport layer reports facts
 * (src/transport/diagnosis.ts: a code, the transport, the base URL, what each probe saw, the next
 * steps with exact commands); this is where they become the sentences a user reads, in Settings,
 * in the banner, in an error card and in a lesson step.
 */
import type { Diagnosis, NextStep, Observation } from '../transport/diagnosis'
import { RELAY_DEFAULT_URL } from '../transport/relay-address'
import type { UiError } from './models/base'

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

/** One plain sentence: what happened. Never presented as bunq's answer. */
export function diagnosisSummary(d: Diagnosis): string {
  if (d.relayError === 'timeout') return 'The relay got no answer from its target in time.'
  if (d.relayError === 'target-unreachable') {
    return 'The relay answers, but cannot reach its target: check its --target and its network.'
  }
  const host = originOf(d.baseUrl)
  const relay = d.transport === 'relay'
  switch (d.code) {
    case 'ok':
      return `${host} answers this page and shows it the X-Bunq headers.`
    case 'network-offline':
      return 'This device is offline: not even the page’s own server answers.'
    case 'timeout':
      return `${host} did not answer in time.`
    case 'host-unreachable':
      return relay
        ? `Nothing answers at the relay address ${host}.`
        : `Nothing answers at ${host}, not even to a request the browser does not check.`
    case 'cors-blocked':
      return relay
        ? `The relay at ${host} answers, but not to this page’s origin (${d.pageOrigin ?? 'unknown'}).`
        : `${host} answers, but the browser blocked the call: that server does not allow calls from web pages (CORS). This is not an error from bunq; bunq never saw the call.`
    case 'signature-header-unreadable':
      return `${host} answered, but the page may not read its X-Bunq headers (Access-Control-Expose-Headers), so no response signature can be checked.`
  }
}

/** What one probe saw, for the "what we tried" list. */
export function observationInWords(seen: Observation): string {
  switch (seen.kind) {
    case 'browser-offline':
      return 'The browser reports no network.'
    case 'call-timed-out':
      return 'The call got no answer in time.'
    case 'call-answered':
      return 'The call got an answer.'
    case 'call-failed':
      return 'The call failed before any answer.'
    case 'probe-timed-out':
      return 'No answer in time.'
    case 'probe-answered':
      return `HTTP ${seen.status}.`
    case 'probe-refused':
      return 'The browser refused or lost it.'
    case 'headers-readable':
      return 'X-Bunq-Client-Response-Id is readable.'
    case 'headers-hidden':
      return 'X-Bunq-Client-Response-Id is hidden from the page.'
    case 'host-answers':
      return 'The host answers.'
    case 'nothing-answered':
      return 'Nothing answered.'
    case 'own-origin-answers':
      return 'The page’s own server answers.'
    case 'own-origin-silent':
      return 'Not even the page’s own server answers.'
    case 'relay-answered':
      return `The relay answered: ${seen.relayError}.`
  }
}

/** One next step in words, for hints and plain-text surfaces. */
export function describeNextStep(step: NextStep): string {
  switch (step.kind) {
    case 'run-relay':
      return `Run the relay on your machine: \`${step.command}\`, then choose the relay transport (${RELAY_DEFAULT_URL}).`
    case 'allow-origin':
      return `Restart the relay allowing this page: \`${step.command}\` (use your own --target).`
    case 'start-practice-bank-server':
      return `Start the practice bank server: \`${step.command}\`.`
    case 'use-practice-bank':
      return 'Or use the practice bank, which runs inside this page.'
    case 'check-connection':
      return 'Check your network connection.'
    case 'check-url':
      return 'Check the URL.'
    case 'retry':
      return 'Try again in a moment.'
  }
}

/** A failed diagnosis as an error card: what happened and what to do, with the exact commands. */
export function diagnosisError(d: Diagnosis): UiError {
  return {
    code: d.code,
    message: diagnosisSummary(d),
    hint: d.nextSteps.map(describeNextStep).join(' ') || undefined,
  }
}
