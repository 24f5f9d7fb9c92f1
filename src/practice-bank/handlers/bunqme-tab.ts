import { badRequest, notFound } from '../bank-error'
import { readAmount } from '../money'
import { paginate } from '../pagination'
import { renderTab } from '../render-money-ops'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { TabData } from '../state-money'

/**
 * bunqme-tab create/list/get/update (swagger BunqMeTab; docs/decisions/0016): a payment link
 * with a share URL. Paying it (bunqme.ts) goes through a request-response and the ledger; the tab
 * lists the payments in result_inquiries. PUT status CANCELLED closes it; nothing else changes.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/bunqme-tab'
/** bunq.me tabs expire; the practice bank keeps them open for 31 days. */
const LIFETIME_MS = 31 * 86400e3

function ownTab(ctx: HandlerContext): TabData {
  const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
  const tab = ctx.bank.state.tabs.find(
    (t) => t.id === ctx.params.itemID && t.accountId === account.id,
  )
  if (!tab) throw notFound('BunqMeTab')
  return tab
}

export const bunqmeTabRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const account = bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const entry = body.bunqme_tab_entry as Record<string, unknown> | undefined
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
        throw badRequest('The field bunqme_tab_entry is required.')
      }
      const amount = readAmount(
        bank,
        entry.amount_inquired,
        account.currency,
        'bunqme_tab_entry.amount_inquired',
      )
      if (typeof entry.description !== 'string') {
        throw badRequest('The field bunqme_tab_entry.description is required.')
      }
      const redirect = entry.redirect_url
      if (
        redirect !== undefined &&
        (typeof redirect !== 'string' || !/^https?:\/\/\S+$/.test(redirect))
      ) {
        throw badRequest('The field bunqme_tab_entry.redirect_url must be an http(s) URL.')
      }
      const now = bank.now()
      const tab: TabData = {
        id: bank.nextId(),
        created: now,
        updated: now,
        accountId: account.id,
        uuid: bank.uuid(),
        status: 'WAITING_FOR_PAYMENT',
        amount,
        description: entry.description,
        redirectUrl: (redirect as string | undefined) ?? null,
        expiry: now + LIFETIME_MS,
        paymentIds: [],
      }
      bank.state.tabs.push(tab)
      return { items: [idItem(tab.id)] }
    },
  },
  {
    method: 'GET',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const list = ctx.bank.state.tabs.filter((t) => t.accountId === account.id)
      return paginate(ctx, list, (t) => renderTab(ctx.bank, t))
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderTab(ctx.bank, ownTab(ctx))] }),
  },
  {
    method: 'PUT',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const tab = ownTab(ctx)
      if (ctx.body.status !== 'CANCELLED') {
        throw badRequest('The field status can only be set to CANCELLED.')
      }
      if (tab.status === 'WAITING_FOR_PAYMENT') {
        Object.assign(tab, { status: 'CANCELLED', updated: ctx.bank.now() })
        ctx.bank.dirty = true
      }
      return { items: [idItem(tab.id)] }
    },
  },
]
