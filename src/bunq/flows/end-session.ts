import type { ApiContext } from '../context'
import type { FlowCore } from './flow-core'

/**
 * DELETE /session/{id} ends the session named by the token; the id in the path is not meaningful
 * (the SDKs send 0; bunqJSClient the session's id) (docs/protocol.md §4.7). We send the session's
 * own id when we have it. Installation and device stay: a new session can be opened at once.
 */
export async function endSession(core: FlowCore, context: ApiContext): Promise<ApiContext> {
  if (!context.session) return context
  await core.send({ method: 'DELETE', path: `/session/${context.session.id ?? 0}` }, context)
  return { ...context, session: null }
}
