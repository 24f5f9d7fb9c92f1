import { badRequest, notFound } from '../bank-error'
import { bunqTime } from '../format'
import { paginate } from '../pagination'
import { label } from '../render-money'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { NoteData, OauthClientData } from '../state-money'

/**
 * Small user-level operations (swagger NoteTextPayment, NotificationFilterPush, InvoiceByUser,
 * TreeProgress, OauthClient; docs/decisions/0016): notes on payments, push-notification filters
 * (a POST replaces the list, `[]` clears it, like the URL variant), an empty invoice list (a
 * sandbox user is never billed), a fixed tree-progress, and OAuth clients with callback URLs.
 */
const PAYMENT = '/user/{userID}/monetary-account/{accountID}/payment/{paymentID}'
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

/** The payment the path names on an account of the caller, or bunq's 404. */
export function ownPayment(ctx: HandlerContext) {
  const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
  const payment = ctx.bank.state.payments.find(
    (p) => p.id === ctx.params.paymentID && p.accountId === account.id,
  )
  if (!payment) throw notFound('Payment')
  return payment
}

function renderNote(ctx: HandlerContext, n: NoteData) {
  const accountId = ctx.bank.state.payments.find((p) => p.id === n.paymentId)!.accountId
  return {
    NoteText: {
      id: n.id,
      created: bunqTime(n.created),
      updated: bunqTime(n.updated),
      label_user_creator: label(ctx.bank, accountId, null).label_user,
      content: n.content,
    },
  }
}

function readContent(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw badRequest('The field content is required.')
  if (raw.length > 9000) throw badRequest('The field content is too long.')
  return raw
}

function ownNote(ctx: HandlerContext): NoteData {
  const payment = ownPayment(ctx)
  const note = ctx.bank.state.notes.find(
    (n) => n.id === ctx.params.itemID && n.paymentId === payment.id,
  )
  if (!note) throw notFound('NoteText')
  return note
}

function renderOauth(c: OauthClientData) {
  return {
    OauthClient: {
      id: c.id,
      status: c.status,
      display_name: c.displayName,
      client_id: c.clientId,
      secret: c.secret,
      callback_url: c.callbackUrls.map((u) => ({ id: u.id, url: u.url })),
    },
  }
}

function ownOauth(ctx: HandlerContext, id: number): OauthClientData {
  ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
  const c = ctx.bank.state.oauthClients.find((x) => x.id === id && x.userId === ctx.params.userID)
  if (!c) throw notFound('OauthClient')
  return c
}

function readUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !/^https?:\/\/\S+$/.test(raw)) {
    throw badRequest('The field url must be an http(s) URL.')
  }
  return raw
}

export const userExtraRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${PAYMENT}/note-text`,
    auth: 'session',
    handle(ctx) {
      const payment = ownPayment(ctx)
      const now = ctx.bank.now()
      const note = {
        id: ctx.bank.nextId(),
        created: now,
        updated: now,
        paymentId: payment.id,
        userId: ctx.params.userID,
        content: readContent(ctx.body.content),
      }
      ctx.bank.state.notes.push(note)
      return { items: [idItem(note.id)] }
    },
  },
  {
    method: 'GET',
    pattern: `${PAYMENT}/note-text`,
    auth: 'session',
    handle(ctx) {
      const payment = ownPayment(ctx)
      const list = ctx.bank.state.notes.filter((n) => n.paymentId === payment.id)
      return paginate(ctx, list, (n) => renderNote(ctx, n))
    },
  },
  {
    method: 'GET',
    pattern: `${PAYMENT}/note-text/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderNote(ctx, ownNote(ctx))] }),
  },
  {
    method: 'PUT',
    pattern: `${PAYMENT}/note-text/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const note = ownNote(ctx)
      Object.assign(note, { content: readContent(ctx.body.content), updated: ctx.bank.now() })
      ctx.bank.dirty = true
      return { items: [idItem(note.id)] }
    },
  },
  {
    method: 'DELETE',
    pattern: `${PAYMENT}/note-text/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const note = ownNote(ctx)
      ctx.bank.state.notes = ctx.bank.state.notes.filter((n) => n !== note)
      ctx.bank.dirty = true
      return { items: [] }
    },
  },
  {
    method: 'POST',
    pattern: '/user/{userID}/notification-filter-push',
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      bank.ownUser(sessionOf(ctx), ctx.params.userID)
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
      ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const mine = ctx.bank.state.pushFilters.filter((f) => f.userId === ctx.params.userID)
      return { items: mine.map((f) => ({ NotificationFilterPush: { category: f.category } })) }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/invoice',
    auth: 'session',
    handle(ctx) {
      ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
      return paginate(ctx, [] as { id: number }[], () => ({}))
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/monetary-account/{accountID}/invoice',
    auth: 'session',
    handle(ctx) {
      ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      return paginate(ctx, [] as { id: number }[], () => ({}))
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/tree-progress',
    auth: 'session',
    handle(ctx) {
      const user = ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
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
  {
    method: 'POST',
    pattern: '/user/{userID}/oauth-client',
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      bank.ownUser(sessionOf(ctx), ctx.params.userID)
      if (body.status !== undefined && body.status !== 'ACTIVE')
        throw badRequest('The field status of a new OAuth client must be ACTIVE.')
      const client: OauthClientData = {
        id: bank.nextId(),
        created: bank.now(),
        userId: ctx.params.userID,
        status: 'ACTIVE',
        displayName:
          typeof body.display_name === 'string' ? body.display_name : 'Practice OAuth client',
        clientId: bank.hex(32),
        secret: bank.hex(32),
        callbackUrls: [],
      }
      bank.state.oauthClients.push(client)
      return { items: [idItem(client.id)] }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/oauth-client',
    auth: 'session',
    handle(ctx) {
      ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const list = ctx.bank.state.oauthClients.filter((c) => c.userId === ctx.params.userID)
      return paginate(ctx, list, renderOauth)
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/oauth-client/{itemID}',
    auth: 'session',
    handle: (ctx) => ({ items: [renderOauth(ownOauth(ctx, ctx.params.itemID))] }),
  },
  {
    method: 'PUT',
    pattern: '/user/{userID}/oauth-client/{itemID}',
    auth: 'session',
    handle(ctx) {
      const c = ownOauth(ctx, ctx.params.itemID)
      if (ctx.body.status !== 'ACTIVE' && ctx.body.status !== 'CANCELLED')
        throw badRequest('The field status must be ACTIVE or CANCELLED.')
      c.status = ctx.body.status
      ctx.bank.dirty = true
      return { items: [idItem(c.id)] }
    },
  },
  {
    method: 'POST',
    pattern: '/user/{userID}/oauth-client/{clientID}/callback-url',
    auth: 'session',
    handle(ctx) {
      const c = ownOauth(ctx, ctx.params.clientID)
      if (c.callbackUrls.length >= 10)
        throw badRequest('An OAuth client has at most 10 callback URLs.')
      const entry = { id: ctx.bank.nextId(), url: readUrl(ctx.body.url) }
      c.callbackUrls.push(entry)
      return { items: [idItem(entry.id)] }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/oauth-client/{clientID}/callback-url',
    auth: 'session',
    handle(ctx) {
      const c = ownOauth(ctx, ctx.params.clientID)
      return { items: c.callbackUrls.map((u) => ({ OauthCallbackUrl: { id: u.id, url: u.url } })) }
    },
  },
  {
    method: 'DELETE',
    pattern: '/user/{userID}/oauth-client/{clientID}/callback-url/{itemID}',
    auth: 'session',
    handle(ctx) {
      const c = ownOauth(ctx, ctx.params.clientID)
      const before = c.callbackUrls.length
      c.callbackUrls = c.callbackUrls.filter((u) => u.id !== ctx.params.itemID)
      if (c.callbackUrls.length === before) throw notFound('OauthCallbackUrl')
      ctx.bank.dirty = true
      return { items: [] }
    },
  },
]
