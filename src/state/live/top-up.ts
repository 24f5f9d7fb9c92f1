/**
 * Sandbox money (docs/protocol.md §10.2): a request-inquiry to sugardaddy@bunq.com, which the
 * sandbox accepts by itself (at most 500 EUR a request) after a short while. We follow its status
 * by reading the request back a few times, sleeping through the Platform so tests never wait.
 */
import type { BunqClient } from '../../bunq/client'
import { sugarDaddyRequest } from '../../bunq/endpoints/request-inquiries'
import type { Platform } from '../../platform/platform'

/** How often and how long to look for the answer: about 6 s in all. */
export const TOP_UP_POLLS = 6
export const TOP_UP_POLL_MS = 1000

/** Sends the request once, then polls its status; resolves to the last status seen. */
export async function followTopUp(
  client: BunqClient,
  platform: Pick<Platform, 'sleep'>,
  accountId: number,
  value: string,
): Promise<string> {
  const id = await client.requestInquiries.create(accountId, sugarDaddyRequest(value))
  let status = 'PENDING'
  for (let poll = 0; poll < TOP_UP_POLLS; poll++) {
    status = (await client.requestInquiries.get(accountId, id)).status
    if (status !== 'PENDING') break
    await platform.sleep(TOP_UP_POLL_MS)
  }
  return status
}
