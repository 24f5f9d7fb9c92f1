import { badRequest } from '../bank-error'
import { idItem, type HandlerContext, type Route } from '../route'
import type { OauthClientData } from '../state-money'
import { ownedItemReads, ownItem, type OwnedItems } from './owned-items'
import { pathUser } from './users'

/**
 * oauth-client (swagger OauthClient; docs/decisions/0016): a user's OAuth clients, each with a
 * client id, a secret and at most 10 callback URLs (oauth-callback-url.ts).
 */
const CLIENTS = '/user/{userID}/oauth-client'

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

const OAUTH_CLIENTS: OwnedItems<OauthClientData> = {
  type: 'OauthClient',
  under(ctx) {
    const user = pathUser(ctx)
    return ctx.bank.state.oauthClients.filter((c) => c.userId === user.id)
  },
  render: (_ctx, client) => renderOauth(client),
}

/** The OAuth client `id` of the path's user, or bunq's 404. */
export function ownOauthClient(ctx: HandlerContext, id: number): OauthClientData {
  return ownItem(ctx, OAUTH_CLIENTS, id)
}

export const oauthClientRoutes: Route[] = [
  {
    method: 'POST',
    pattern: CLIENTS,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const user = pathUser(ctx)
      if (body.status !== undefined && body.status !== 'ACTIVE')
        throw badRequest('The field status of a new OAuth client must be ACTIVE.')
      const client: OauthClientData = {
        id: bank.nextId(),
        created: bank.now(),
        userId: user.id,
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
  ...ownedItemReads(CLIENTS, OAUTH_CLIENTS),
  {
    method: 'PUT',
    pattern: `${CLIENTS}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const c = ownOauthClient(ctx, ctx.params.itemID)
      if (ctx.body.status !== 'ACTIVE' && ctx.body.status !== 'CANCELLED')
        throw badRequest('The field status must be ACTIVE or CANCELLED.')
      c.status = ctx.body.status
      ctx.bank.dirty = true
      return { items: [idItem(c.id)] }
    },
  },
]
