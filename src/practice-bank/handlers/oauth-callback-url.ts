import { badRequest, notFound } from '../bank-error'
import { idItem, type HandlerContext, type Route } from '../route'
import { ownOauthClient } from './oauth-clients'

/**
 * The callback URLs of an OAuth client (swagger OauthCallbackUrl): at most 10 per client, each an
 * absolute http(s) URL; added, listed, read, changed and deleted under the client. A PSD2 provider
 * registers its client and redirect URLs this way (docs/protocol.md §4.8, §12).
 */
const URLS = '/user/{userID}/oauth-client/{clientID}/callback-url'
const MAX_URLS = 10

function readUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !/^https?:\/\/\S+$/.test(raw)) {
    throw badRequest('The field url must be an http(s) URL.')
  }
  return raw
}

function renderUrl(entry: { id: number; url: string }) {
  return { OauthCallbackUrl: { id: entry.id, url: entry.url } }
}

/** The OAuth client `{clientID}` of the path's user, or bunq's 404. */
const pathClient = (ctx: HandlerContext) => ownOauthClient(ctx, ctx.params.clientID)

function ownCallbackUrl(ctx: HandlerContext) {
  const entry = pathClient(ctx).callbackUrls.find((u) => u.id === ctx.params.itemID)
  if (!entry) throw notFound('OauthCallbackUrl')
  return entry
}

function add(ctx: HandlerContext) {
  const client = pathClient(ctx)
  if (client.callbackUrls.length >= MAX_URLS)
    throw badRequest('An OAuth client has at most 10 callback URLs.')
  const entry = { id: ctx.bank.nextId(), url: readUrl(ctx.body.url) }
  client.callbackUrls.push(entry)
  return { items: [idItem(entry.id)] }
}

function change(ctx: HandlerContext) {
  const entry = ownCallbackUrl(ctx)
  entry.url = readUrl(ctx.body.url)
  ctx.bank.dirty = true
  return { items: [idItem(entry.id)] }
}

function remove(ctx: HandlerContext) {
  const client = pathClient(ctx)
  const before = client.callbackUrls.length
  client.callbackUrls = client.callbackUrls.filter((u) => u.id !== ctx.params.itemID)
  if (client.callbackUrls.length === before) throw notFound('OauthCallbackUrl')
  ctx.bank.dirty = true
  return { items: [] }
}

export const oauthCallbackUrlRoutes: Route[] = [
  { method: 'POST', pattern: URLS, auth: 'session', handle: add },
  {
    method: 'GET',
    pattern: URLS,
    auth: 'session',
    handle: (ctx) => ({ items: pathClient(ctx).callbackUrls.map(renderUrl) }),
  },
  {
    method: 'GET',
    pattern: `${URLS}/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderUrl(ownCallbackUrl(ctx))] }),
  },
  { method: 'PUT', pattern: `${URLS}/{itemID}`, auth: 'session', handle: change },
  { method: 'DELETE', pattern: `${URLS}/{itemID}`, auth: 'session', handle: remove },
]
