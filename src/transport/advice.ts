/**
 * What a diagnosis proposes next (docs/protocol.md §11.2-§11.3), as typed steps with exact
 * commands: the relay command can be copied as it is, the page's own origin goes into
 * --allow-origin. The words for each step live with the UI (src/state/diagnosis-words.ts).
 */
import { PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '../bunq/context'
import type { DiagnosisCode, LiveTransportKind, NextStep } from './diagnosis'
import { RELAY_DEFAULT_PORT } from './relay-address'

const DEFAULT_PAGE_ORIGIN = 'http://localhost:5173'

export function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

/** True for http(s) URLs on 127.0.0.0/8, ::1 or localhost (the relay's own loopback rule). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase()
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
  } catch {
    return false
  }
}

/**
 * `npm run relay -- ...` for this page. The target is the direct base URL when the relay may
 * forward there (bunq's hosts or loopback), otherwise bunq's sandbox.
 */
export function relayCommand(
  pageOrigin: string | undefined,
  baseUrl?: string,
  port?: string,
): string {
  const bunq = [SANDBOX_BASE_URL, PRODUCTION_BASE_URL].map(originOf)
  const candidate = baseUrl ? originOf(baseUrl) : ''
  const target = bunq.includes(candidate) || isLoopbackUrl(candidate) ? candidate : bunq[0]
  const portFlag = port && port !== String(RELAY_DEFAULT_PORT) ? `--port ${port} ` : ''
  return `npm run relay -- ${portFlag}--target ${target} --allow-origin ${pageOrigin ?? DEFAULT_PAGE_ORIGIN}`
}

/** The next steps for one outcome, most useful first. */
export function adviseOn(
  code: DiagnosisCode,
  kind: LiveTransportKind,
  baseUrl: string,
  pageOrigin: string | undefined,
): { nextSteps: NextStep[] } {
  const host = originOf(baseUrl)
  const port = new URL(host).port
  // For a relay transport the relay's own target is unknown here: propose bunq's sandbox.
  const relay: NextStep = {
    kind: 'run-relay',
    command:
      kind === 'relay'
        ? relayCommand(pageOrigin, undefined, port)
        : relayCommand(pageOrigin, baseUrl),
  }
  const practice: NextStep = { kind: 'use-practice-bank' }
  switch (code) {
    case 'ok':
      return {
        nextSteps: [],
      }
    case 'network-offline':
      return {
        nextSteps: [{ kind: 'check-connection' }, practice],
      }
    case 'timeout':
      return {
        nextSteps: [{ kind: 'retry' }, kind === 'direct' ? relay : { kind: 'check-url' }, practice],
      }
    case 'host-unreachable':
      if (kind === 'relay') {
        return {
          nextSteps: [relay, practice],
        }
      }
      return {
        nextSteps: isLoopbackUrl(host)
          ? [
              {
                kind: 'start-practice-bank-server',
                command: `npm run practice-bank -- --port ${port || '5055'}`,
              },
              { kind: 'check-url' },
              practice,
            ]
          : [{ kind: 'check-url' }, relay, practice],
      }
    case 'cors-blocked':
      if (kind === 'relay') {
        return {
          nextSteps: [
            { kind: 'allow-origin', command: relayCommand(pageOrigin, undefined, port) },
            practice,
          ],
        }
      }
      return {
        nextSteps: [relay, practice],
      }
    case 'signature-header-unreadable':
      return {
        nextSteps:
          kind === 'relay'
            ? [
                { kind: 'allow-origin', command: relayCommand(pageOrigin, undefined, port) },
                practice,
              ]
            : [relay, practice],
      }
  }
}
