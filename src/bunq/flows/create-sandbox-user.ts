import type { ApiContext } from '../context'
import { firstOf } from '../envelope'
import { MalformedResponseError } from '../errors'
import type { FlowCore } from './flow-core'

export type SandboxUserKind = 'person' | 'company'

/**
 * POST /sandbox-user-person or /sandbox-user-company: no token, no signature, no body; the answer
 * is `{"Response":[{"ApiKey":{"api_key":"sandbox_…"}}]}` (docs/protocol.md §4.1; the swagger's `Id`
 * is wrong there). A new user means a new API key: the key pair is kept, but installation, device
 * and session start over, since they belong to the old key.
 */
export async function createSandboxUser(
  core: FlowCore,
  context: ApiContext,
  kind: SandboxUserKind = 'person',
): Promise<ApiContext> {
  const { envelope } = await core.send(
    { method: 'POST', path: kind === 'company' ? '/sandbox-user-company' : '/sandbox-user-person' },
    context,
  )
  const apiKey = firstOf<{ api_key?: unknown }>(envelope, 'ApiKey').api_key
  if (typeof apiKey !== 'string' || apiKey === '')
    throw new MalformedResponseError('ApiKey.api_key is missing')
  return {
    ...context,
    environment: 'SANDBOX',
    apiKey,
    installation: null,
    device: null,
    session: null,
  }
}
