import type { ApiContext } from '../context'
import { createdId } from '../envelope'
import { NoContextError } from '../errors'
import type { FlowCore } from './flow-core'

export interface RegisterDeviceOptions {
  /** Shown in the bunq app's device list. */
  description?: string
  /**
   * IPv4 addresses the API key may be used from. Defaults to ["*"]: a page has no fixed IP, and
   * the wildcard alone is what bunq's own Postman collection sends (docs/protocol.md §4.4).
   */
  permittedIps?: string[]
}

export const DEFAULT_DEVICE_DESCRIPTION = 'bunq workbench'

/** POST /device-server {description, secret, permitted_ips} with the installation token (§4.4). */
export async function registerDevice(
  core: FlowCore,
  context: ApiContext,
  options: RegisterDeviceOptions = {},
): Promise<ApiContext> {
  if (!context.apiKey) throw new NoContextError('an API key', 'Create sandbox user')
  const description = options.description ?? DEFAULT_DEVICE_DESCRIPTION
  const { envelope } = await core.send(
    {
      method: 'POST',
      path: '/device-server',
      body: {
        description,
        secret: context.apiKey,
        permitted_ips: options.permittedIps ?? ['*'],
      },
    },
    context,
  )
  return { ...context, device: { id: createdId(envelope), description }, session: null }
}
