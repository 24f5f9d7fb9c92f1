import { badRequest } from '../bank-error'
import { readAmount } from '../money'
import { renderTab } from '../render-money-ops'
import { idItem, type Route } from '../route'
import { accountItemReads, ownAccountItem, pathAccount, type AccountItems } from './account-items'
import type { TabData } from '../state-money'

/**
 * bunqme-tab create/list/get/update (swagger BunqMeTab; docs/decisions/0016): a payment link
 * with a share URL. Paying it (bunqme.ts) goes through a request-response and the ledger; the tab
 * lists the payments in result_inquiries. PUT status CANCELLED closes it; nothing else changes.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/bunqme-tab'
/** bunq.me tabs expire; the practice bank keeps them open for 31 days. */
const LIFETIME_MS = 31 * 86400e3

const TABS: AccountItems<TabData> = {
  type: 'BunqMeTab',
  all: (bank) => bank.state.tabs,
  render: renderTab,
}

export const bunqmeTabRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const account = pathAccount(ctx)
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
  ...accountItemReads(BASE, TABS),
  {
    method: 'PUT',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const tab = ownAccountItem(ctx, TABS)
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
