import { badRequest, notFound } from '../bank-error'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'

/**
 * One callback URL of an OAuth client (swagger OauthCallbackUrl): read and change it. Creating,
 * listing and deleting live with the OAuth clients (user-extras.ts); a PSD2 provider registers
 * its client and redirect URLs this way (docs/protocol.md §4.8, §12).
 */
const PATH = '/user/{userID}/oauth-client/{clientID}/callback-url/{itemID}'

function ownCallbackUrl(ctx: HandlerContext) {
  ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
  const client = ctx.bank.state.oauthClients.find(
    (c) => c.id === ctx.params.clientID && c.userId === ctx.params.userID,
  )
  if (!client) throw notFound('OauthClient')
  const entry = client.callbackUrls.find((u) => u.id === ctx.params.itemID)
  if (!entry) throw notFound('OauthCallbackUrl')
  return entry
}

export const oauthCallbackUrlRoutes: Route[] = [
  {
    method: 'GET',
    pattern: PATH,
    auth: 'session',
    handle(ctx) {
      const entry = ownCallbackUrl(ctx)
      return { items: [{ OauthCallbackUrl: { id: entry.id, url: entry.url } }] }
    },
  },
  {
    method: 'PUT',
    pattern: PATH,
    auth: 'session',
    handle(ctx) {
      const entry = ownCallbackUrl(ctx)
      const url = ctx.body.url
      // The same rule as creating one (user-extras.ts): an absolute http(s) URL.
      if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))
        throw badRequest('The field url must be an http(s) URL.')
      entry.url = url
      ctx.bank.dirty = true
      return { items: [idItem(entry.id)] }
    },
  },
]
