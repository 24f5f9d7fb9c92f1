import { badRequest } from '../bank-error'
import { bunqTime } from '../format'
import { sessionOf, type HandlerContext, type Route } from '../route'
import type { FilterData } from '../state'

/**
 * notification-filter-url at user and account level (docs/protocol.md §10.6): a POST replaces the
 * whole list of that level (`[]` removes all) and answers the stored filters, each wrapped as
 * NotificationFilterUrl. A page cannot receive callbacks, so the bank records the bodies it would
 * have sent in the inspector instead (money.ts recordEvent).
 */
const CATEGORIES = [
  'BILLING',
  'CARD_TRANSACTION_SUCCESSFUL',
  'CARD_TRANSACTION_FAILED',
  'CHAT',
  'DRAFT_PAYMENT',
  'IDEAL',
  'SOFORT',
  'MUTATION',
  'OAUTH',
  'PAYMENT',
  'REQUEST',
  'SCHEDULE_RESULT',
  'SCHEDULE_STATUS',
  'SHARE',
  'TAB_RESULT',
  'BUNQME_TAB',
  'SUPPORT',
]
/** §9: at most 2 callback URLs per notification category. */
const PER_CATEGORY = 2

function render(f: FilterData): Record<string, unknown> {
  const t = bunqTime(f.created)
  return {
    NotificationFilterUrl: {
      id: f.id,
      created: t,
      updated: t,
      category: f.category,
      notification_target: f.target,
    },
  }
}

function level(ctx: HandlerContext): { userId: number; accountId: number | null } {
  const session = sessionOf(ctx)
  if (ctx.params.accountID === undefined) {
    ctx.bank.ownUser(session, ctx.params.userID)
    return { userId: ctx.params.userID, accountId: null }
  }
  const account = ctx.bank.ownedAccount(session, ctx.params.userID, ctx.params.accountID)
  return { userId: account.userId, accountId: account.id }
}

const stored = (ctx: HandlerContext, at: ReturnType<typeof level>) =>
  ctx.bank.state.filters.filter((f) => f.userId === at.userId && f.accountId === at.accountId)

const list: Route['handle'] = (ctx) => ({ items: stored(ctx, level(ctx)).map(render) })

const replace: Route['handle'] = (ctx) => {
  const { bank, body } = ctx
  const at = level(ctx)
  if (!Array.isArray(body.notification_filters)) {
    throw badRequest('The field notification_filters must be a list.')
  }
  const fresh: FilterData[] = body.notification_filters.map((raw: unknown) => {
    const f = (raw ?? {}) as { category?: unknown; notification_target?: unknown }
    if (typeof f.category !== 'string' || !CATEGORIES.includes(f.category)) {
      throw badRequest(`Unknown notification category: ${String(f.category)}.`)
    }
    if (
      typeof f.notification_target !== 'string' ||
      !/^https:\/\/\S+$/.test(f.notification_target)
    ) {
      throw badRequest('The notification_target must be an HTTPS URL.')
    }
    return {
      id: bank.nextId(),
      created: bank.now(),
      ...at,
      category: f.category,
      target: f.notification_target,
    }
  })
  for (const category of CATEGORIES) {
    if (fresh.filter((f) => f.category === category).length > PER_CATEGORY) {
      throw badRequest(`At most ${PER_CATEGORY} callback URLs per category (${category}).`)
    }
  }
  bank.state.filters = bank.state.filters
    .filter((f) => !(f.userId === at.userId && f.accountId === at.accountId))
    .concat(fresh)
  bank.dirty = true
  return { items: fresh.map(render) }
}

const USER = '/user/{userID}/notification-filter-url'
const ACCOUNT = '/user/{userID}/monetary-account/{accountID}/notification-filter-url'

export const notificationRoutes: Route[] = [
  { method: 'POST', pattern: USER, auth: 'session', handle: replace },
  { method: 'GET', pattern: USER, auth: 'session', handle: list },
  { method: 'POST', pattern: ACCOUNT, auth: 'session', handle: replace },
  { method: 'GET', pattern: ACCOUNT, auth: 'session', handle: list },
]
