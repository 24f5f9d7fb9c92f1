/**
 * What a diagnosis says in words and what it proposes next (docs/protocol.md §11.2-§11.3). The
 * relay command is exact, so the user can copy it: the page's own origin goes into --allow-origin.
 */
import { PRODUCTION_BASE_URL, SANDBOX_BASE_URL } from '../bunq/context'
import type { DiagnosisCode, LiveTransportKind, NextStep } from './diagnosis'
import { RELAY_DEFAULT_PORT, RELAY_DEFAULT_URL } from './relay-address'

const DEFAULT_PAGE_ORIGIN = 'http://localhost:5173'

function originOf(url: string): string {
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

/** The sentence and the next steps for one outcome. */
export function adviseOn(
  code: DiagnosisCode,
  kind: LiveTransportKind,
  baseUrl: string,
  pageOrigin: string | undefined,
): { summary: string; nextSteps: NextStep[] } {
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
        summary: `${host} answers this page and shows it the X-Bunq headers.`,
        nextSteps: [],
      }
    case 'network-offline':
      return {
        summary: 'This device is offline: not even the page’s own server answers.',
        nextSteps: [{ kind: 'check-connection' }, practice],
      }
    case 'timeout':
      return {
        summary: `${host} did not answer in time.`,
        nextSteps: [{ kind: 'retry' }, kind === 'direct' ? relay : { kind: 'check-url' }, practice],
      }
    case 'host-unreachable':
      if (kind === 'relay') {
        return {
          summary: `Nothing answers at the relay address ${host}.`,
          nextSteps: [relay, practice],
        }
      }
      return {
        summary: `Nothing answers at ${host}, not even to a request the browser does not check.`,
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
          summary: `The relay at ${host} answers, but not to this page’s origin (${pageOrigin ?? 'unknown'}).`,
          nextSteps: [
            { kind: 'allow-origin', command: relayCommand(pageOrigin, undefined, port) },
            practice,
          ],
        }
      }
      return {
        summary: `${host} answers, but the browser blocked the call: that server does not allow calls from web pages (CORS). This is not an error from bunq; bunq never saw the call.`,
        nextSteps: [relay, practice],
      }
    case 'signature-header-unreadable':
      return {
        summary: `${host} answered, but the page may not read its X-Bunq headers (Access-Control-Expose-Headers), so no response signature can be checked.`,
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
