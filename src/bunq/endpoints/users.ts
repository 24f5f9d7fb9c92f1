import { MalformedResponseError } from '../errors'
import type { AnyUser } from '../types'
import type { EndpointCore } from './endpoint-core'
import { userPath } from './endpoint-core'

/** GET /user: the user(s) behind the session, each tagged with its wrapper type (docs/protocol.md §4.7). */
export async function listUsers(core: EndpointCore): Promise<AnyUser[]> {
  const { envelope } = await core.request({ method: 'GET', path: '/user' })
  return envelope.items.map((item) => ({ type: item.type, user: item.value }) as AnyUser)
}

/** GET /user/{U}: the session's own user. */
export async function getUser(core: EndpointCore): Promise<AnyUser> {
  const { envelope } = await core.request({ method: 'GET', path: userPath(core) })
  const item = envelope.items[0]
  if (!item) throw new MalformedResponseError('the user response is empty')
  return { type: item.type, user: item.value } as AnyUser
}
