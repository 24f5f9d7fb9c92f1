import type { ApiContext } from '../context'
import { unwrapSession } from '../envelope'
import { NoContextError } from '../errors'
import { sessionExpiresAt } from '../session'
import type { FlowCore } from './flow-core'

/**
 * POST /session-server {secret} with the installation token and a mandatory signature; the answer
 * is `[Id, Token, UserPerson|UserCompany|UserApiKey|UserPaymentServiceProvider]` (docs/protocol.md
 * §4.5). Expiry = when we sent it + the user's session_timeout (§4.6).
 */
export async function openSession(core: FlowCore, context: ApiContext): Promise<ApiContext> {
  if (!context.apiKey) throw new NoContextError('an API key', 'Create sandbox user')
  if (!context.device) throw new NoContextError('a registered device', 'Register device')
  const response = await core.send(
    { method: 'POST', path: '/session-server', body: { secret: context.apiKey } },
    context,
  )
  const result = unwrapSession(response.envelope)
  const userId = result.user.id
  return {
    ...context,
    session: {
      id: result.id,
      token: result.token,
      expiresAt: sessionExpiresAt(response.sentAt, result.userType, result.user),
      userId: typeof userId === 'number' ? userId : 0,
      userType: result.userType,
      user: result.user,
    },
  }
}
