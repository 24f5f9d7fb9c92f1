import { itemsOf } from '../envelope'
import type { NotificationFilter, NotificationFilterUrl } from '../types'
import { accountPath, userPath, type EndpointCore } from './endpoint-core'

/**
 * Callback URLs per category (docs/protocol.md §10.6), at user or account level. Setting replaces
 * the whole list; `[]` removes all. The targets must be HTTPS at bunq.
 */
function pathFor(core: EndpointCore, accountId?: number): string {
  return accountId === undefined
    ? userPath(core, '/notification-filter-url')
    : accountPath(core, accountId, '/notification-filter-url')
}

/**
 * bunq's shape here is not settled (§14: the swagger's `NotificationFilterUrl` refers to itself):
 * an item is either one filter (`{category, notification_target}`) or a holder of
 * `notification_filters`. Accept both and return plain filters.
 */
function flatten(items: Array<NotificationFilterUrl | NotificationFilter>): NotificationFilter[] {
  return items.flatMap((item): NotificationFilter[] => {
    if ('notification_filters' in item && Array.isArray(item.notification_filters))
      return item.notification_filters.flatMap((inner) => flatten([inner]))
    const { category, notification_target } = item as Partial<NotificationFilter>
    return typeof category === 'string' && typeof notification_target === 'string'
      ? [{ category, notification_target }]
      : []
  })
}

/** The current filters; pass an account id for the account level. */
export async function getNotificationFilters(
  core: EndpointCore,
  accountId?: number,
): Promise<NotificationFilter[]> {
  const { envelope } = await core.request({ method: 'GET', path: pathFor(core, accountId) })
  return flatten(itemsOf(envelope, 'NotificationFilterUrl'))
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
  return flatten(itemsOf(envelope, 'NotificationFilterUrl'))
}
