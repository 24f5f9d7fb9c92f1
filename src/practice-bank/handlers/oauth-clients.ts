import { badRequest, notFound } from '../bank-error'
import { paginate } from '../pagination'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { OauthClientData } from '../state-money'

/**
 * oauth-client and its callback-url (swagger OauthClient, OauthCallbackUrl; docs/decisions/0016):
 * a user's OAuth clients, each with a client id, a secret and at most 10 callback URLs.
 */
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

export const oauthClientRoutes: Route[] = [
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
