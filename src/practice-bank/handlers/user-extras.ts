import { badRequest } from '../bank-error'
import { paginate } from '../pagination'
import { label } from '../render-money'
import type { Route } from '../route'
import { pathAccount } from './account-items'
import { noteTextRoutes } from './note-text'
import { oauthClientRoutes } from './oauth-clients'
import { pathUser } from './users'

/**
 * Small user-level operations (swagger NotificationFilterPush, InvoiceByUser, TreeProgress;
 * docs/decisions/0016): push-notification filters (a POST replaces the list, `[]` clears it, like
 * the URL variant), an empty invoice list (a sandbox user is never billed) and a fixed
 * tree-progress. Notes on payments (note-text.ts) and OAuth clients (oauth-clients.ts) answer
 * from their own files and are listed here, in their old order.
 */
const PUSH_CATEGORIES = [
  'MUTATION',
  'PAYMENT',
  'REQUEST',
  'DRAFT_PAYMENT',
  'SCHEDULE_RESULT',
  'BUNQME_TAB',
  'CARD_TRANSACTION_SUCCESSFUL',
  'CARD_TRANSACTION_FAILED',
  'CHAT',
  'SUPPORT',
]

export const userExtraRoutes: Route[] = [
  ...noteTextRoutes,
  {
    method: 'POST',
    pattern: '/user/{userID}/notification-filter-push',
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      pathUser(ctx)
      if (!Array.isArray(body.notification_filters))
        throw badRequest('The field notification_filters must be a list.')
      const fresh = body.notification_filters.map((raw: unknown, i: number) => {
        const category = (raw as { category?: unknown } | null)?.category
        if (typeof category !== 'string' || !PUSH_CATEGORIES.includes(category)) {
          throw badRequest(`The field notification_filters[${i}].category is not a known category.`)
        }
        return { id: bank.nextId(), userId: ctx.params.userID, category }
      })
      bank.state.pushFilters = bank.state.pushFilters
        .filter((f) => f.userId !== ctx.params.userID)
        .concat(fresh)
      bank.dirty = true
      return { items: fresh.map((f) => ({ NotificationFilterPush: { category: f.category } })) }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/notification-filter-push',
    auth: 'session',
    handle(ctx) {
      pathUser(ctx)
      const mine = ctx.bank.state.pushFilters.filter((f) => f.userId === ctx.params.userID)
      return { items: mine.map((f) => ({ NotificationFilterPush: { category: f.category } })) }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/invoice',
    auth: 'session',
    handle(ctx) {
      pathUser(ctx)
      return paginate(ctx, [] as { id: number }[], () => ({}))
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/monetary-account/{accountID}/invoice',
    auth: 'session',
    handle(ctx) {
      pathAccount(ctx)
      return paginate(ctx, [] as { id: number }[], () => ({}))
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/tree-progress',
    auth: 'session',
    handle(ctx) {
      const user = pathUser(ctx)
      const first = ctx.bank.accountsOf(user.id)[0]
      return {
        items: [
          {
            TreeProgress: {
              number_of_tree: 0,
              progress_tree_next: 0,
              url_invite_profile: `https://bunq.me/${user.firstName.replace(/\W/g, '') || 'practice'}`,
              label_user: label(ctx.bank, first.id, null).label_user,
            },
          },
        ],
      }
    },
  },
  ...oauthClientRoutes,
]
