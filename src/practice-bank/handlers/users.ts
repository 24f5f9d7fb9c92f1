import { notFound } from '../bank-error'
import { renderUser } from '../render-user'
import { sessionOf, type HandlerContext, type Route } from '../route'
import type { UserData } from '../state'

/**
 * GET /user, /user/{id}, /user-person/{id}, /user-company/{id} (docs/protocol.md §4.7; swagger
 * UserListing, UserRead). A session sees only its own user.
 */
/** The user `{userID}` of the path: the session's own user (bunq's 404 otherwise). */
export function pathUser(ctx: HandlerContext): UserData {
  return ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
}

/**
 * GET /user-person/{id} and its kin: the caller's own user, read under its kind's path; the path of
 * another kind is bunq's 404 naming that kind.
 */
export function ownUserOf(kind: UserData['kind']): Route['handle'] {
  return (ctx) => {
    const user = pathUser(ctx)
    if (user.kind !== kind) throw notFound(kind)
    return { items: [renderUser(ctx.bank, user)] }
  }
}

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/user',
    auth: 'session',
    handle(ctx) {
      const bank = ctx.bank
      return {
        items: [renderUser(bank, bank.user(sessionOf(ctx).userId))],
        pagination: { future_url: null, newer_url: null, older_url: null },
      }
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}',
    auth: 'session',
    handle: (ctx) => ({ items: [renderUser(ctx.bank, pathUser(ctx))] }),
  },
  {
    method: 'GET',
    pattern: '/user-person/{userID}',
    auth: 'session',
    handle: ownUserOf('UserPerson'),
  },
  {
    method: 'GET',
    pattern: '/user-company/{userID}',
    auth: 'session',
    handle: ownUserOf('UserCompany'),
  },
]
