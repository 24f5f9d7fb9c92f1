import type { BunqRequest, BunqResponse } from '../pipeline'

/**
 * What an endpoint helper needs from the client: one request through the full pipeline (rate
 * limiter, session renewal, safe-read retries) with the current context, and the session's user
 * id for `/user/{userID}/…` paths (a NoContextError when there is no session).
 */
export interface EndpointCore {
  request(request: BunqRequest): Promise<BunqResponse>
  userId(): number
}

/** `/user/{U}` + rest. */
export function userPath(core: EndpointCore, rest = ''): string {
  return `/user/${core.userId()}${rest}`
}

/** `/user/{U}/monetary-account/{A}` + rest. */
export function accountPath(core: EndpointCore, accountId: number, rest = ''): string {
  return `/user/${core.userId()}/monetary-account/${accountId}${rest}`
}
