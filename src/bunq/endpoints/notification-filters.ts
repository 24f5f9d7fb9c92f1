import { itemsOf } from '../envelope'
import type { NotificationFilter, NotificationFilterUrl } from '../types'
import { accountPath, userPath, type EndpointCore } from './endpoint-core'

/**
 * Callback URLs per category (bunq-protocol.md §10.6), at user or account level. Setting replaces
 * the whole list; `[]` removes all. The targets must be HTTPS at bunq.
 */
function pathFor(core: EndpointCore, accountId?: number): string {
  return accountId === undefined
    ? userPath(core, '/notification-filter-url')
    : accountPath(core, accountId, '/notification-filter-url')
}

function flatten(items: NotificationFilterUrl[]): NotificationFilter[] {
  return items.flatMap((item) => item.notification_filters ?? [])
}

/** The current filters; pass an account id for the account level. */
export async function getNotificationFilters(
  core: EndpointCore,
  accountId?: number,
): Promise<NotificationFilter[]> {
  const { envelope } = await core.request({ method: 'GET', path: pathFor(core, accountId) })
  return flatten(itemsOf<NotificationFilterUrl>(envelope, 'NotificationFilterUrl'))
}

/** Replaces the filters; returns them as bunq stored them. */
export async function setNotificationFilters(
  core: EndpointCore,
  filters: NotificationFilter[],
  accountId?: number,
): Promise<NotificationFilter[]> {
  const { envelope } = await core.request({
    method: 'POST',
    path: pathFor(core, accountId),
    body: { notification_filters: filters },
  })
  return flatten(itemsOf<NotificationFilterUrl>(envelope, 'NotificationFilterUrl'))
}
