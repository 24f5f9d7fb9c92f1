import type { Envelope } from '../envelope'
import type { HttpMethod } from '../paths'
import type { Pagination } from '../pagination'
import type { EndpointCore } from './endpoint-core'
import { primaryAccount } from './monetary-accounts'

/**
 * The console's escape hatch: any endpoint, any method, through the same pipeline (signing,
 * verification, limiter, session renewal). `{userID}` is filled from the session and
 * `{monetary-accountID}` from `options.accountId` or else the first ACTIVE account.
 *
 * A string body is the exact text to sign and send (the console sends what the user typed, its
 * spacing and key order included, so the bytes signed are the bytes shown: docs/protocol.md §6.1);
 * any other value is serialised once with JSON.stringify. bunq never takes a bare JSON string.
 */
export interface CallOptions {
  accountId?: number
  query?: Record<string, string | number | undefined>
  /**
   * How to read the answer. Default: 'bytes' for a GET of `…/content` (bunq's downloads answer
   * the file itself, docs/protocol.md §10.7), 'json' otherwise.
   */
  answer?: 'json' | 'bytes'
}

export interface CallResult {
  items: Envelope['items']
  pagination: Pagination
  responseId: string | null
}

const USER = /\{userID\}/gi
const ACCOUNT = /\{monetary-?accountID\}/i

/** Fills the placeholders; looks an account up only when the path needs one. */
export async function fillPlaceholders(
  core: EndpointCore,
  path: string,
  options: CallOptions = {},
): Promise<string> {
  const out = path.replace(USER, () => String(core.userId()))
  if (!ACCOUNT.test(out)) return out
  const id = options.accountId ?? (await primaryAccount(core)).account.id
  return out.replace(new RegExp(ACCOUNT.source, 'gi'), String(id))
}

export async function call(
  core: EndpointCore,
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<CallResult> {
  const filled = await fillPlaceholders(core, path, options)
  const download = method === 'GET' && /\/content\/?$/.test(filled.split('?')[0])
  const answer = options.answer ?? (download ? 'bytes' : 'json')
  const response = await core.request(
    typeof body === 'string'
      ? { method, path: filled, bodyText: body, query: options.query, answer }
      : { method, path: filled, body, query: options.query, answer },
  )
  return {
    items: response.envelope.items,
    pagination: response.envelope.pagination,
    responseId: response.responseId,
  }
}
