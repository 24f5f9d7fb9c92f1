/** The five onboarding exchanges as the practice bank would answer them (docs/protocol.md §4). */
import type { ExchangeEvent } from '../../../src/bunq/exchange'
import type { OnboardingStepId, SandboxUserKind } from '../../../src/state/models'
import {
  FAKE_API_KEY,
  FAKE_INSTALLATION_TOKEN,
  FAKE_PUBLIC_KEY_PEM,
  FAKE_SESSION_TOKEN,
  bunqTime,
  fakeExchange,
} from './sample-exchanges'

export const FAKE_USER_ID = 4217
export const FAKE_DISPLAY_NAME = 'Ada Fakename'

export function stepExchange(
  step: OnboardingStepId,
  at: number,
  kind: SandboxUserKind = 'person',
): ExchangeEvent | null {
  const time = bunqTime(at)
  switch (step) {
    case 'create-user':
      return fakeExchange({
        id: '1',
        method: 'POST',
        path: `/sandbox-user-${kind}`,
        startedAt: at,
        requestBody: {},
        responseBody: { Response: [{ ApiKey: { api_key: FAKE_API_KEY } }] },
        serverSignature: 'not-expected',
      })
    case 'key-pair':
      return null
    case 'installation':
      return fakeExchange({
        id: '2',
        method: 'POST',
        path: '/installation',
        startedAt: at,
        requestBody: { client_public_key: FAKE_PUBLIC_KEY_PEM },
        serverSignature: 'not-expected',
        responseBody: {
          Response: [
            { Id: { id: 4 } },
            { Token: { id: 134, created: time, updated: time, token: FAKE_INSTALLATION_TOKEN } },
            { ServerPublicKey: { server_public_key: FAKE_PUBLIC_KEY_PEM } },
          ],
        },
      })
    case 'device':
      return fakeExchange({
        id: '3',
        method: 'POST',
        path: '/device-server',
        startedAt: at,
        auth: 'installation',
        signed: true,
        requestBody: { description: 'bunq workbench', secret: FAKE_API_KEY, permitted_ips: ['*'] },
        responseBody: { Response: [{ Id: { id: 35 } }] },
      })
    case 'session':
      return fakeExchange({
        id: '4',
        method: 'POST',
        path: '/session-server',
        startedAt: at,
        auth: 'installation',
        signed: true,
        requestBody: { secret: FAKE_API_KEY },
        responseBody: {
          Response: [
            { Id: { id: 25536694 } },
            { Token: { id: 25536694, created: time, updated: time, token: FAKE_SESSION_TOKEN } },
            {
              UserPerson: {
                id: FAKE_USER_ID,
                display_name: FAKE_DISPLAY_NAME,
                session_timeout: 604800,
              },
            },
          ],
        },
      })
  }
}

export const STEP_RESULTS: Record<OnboardingStepId, string> = {
  'create-user': 'A sandbox user exists and its API key is stored in the vault.',
  'key-pair': 'An RSA-2048 key pair was made in this page; the private key never leaves it.',
  installation: 'Installation token received; bunq’s server public key stored.',
  device: 'This device is registered; the API key may be used from any IP ("*").',
  session: 'Session open for user 4217 until the session timeout (one week).',
}
