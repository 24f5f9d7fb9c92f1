import type { Platform } from '../../platform/platform'
import type { ApiContext } from '../context'
import type { KeyRing } from '../key-ring'
import type { BunqRequest, BunqResponse } from '../pipeline'

/**
 * What a flow needs from the client: a way to send one request with an explicit context (flows
 * work on the context they are given, not on a global one), the platform and the key ring.
 * Every flow returns a NEW ApiContext (immutable update); the caller persists it.
 */
export interface FlowCore {
  send(request: BunqRequest, context: ApiContext): Promise<BunqResponse>
  platform: Platform
  keys: KeyRing
}
