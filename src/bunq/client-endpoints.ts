import { call, type CallOptions, type CallResult } from './endpoints/generic-call'
import type { EndpointCore } from './endpoints/endpoint-core'
import { listEvents, type EventFilter } from './endpoints/events'
import {
  createMonetaryAccount,
  getMonetaryAccount,
  listMonetaryAccounts,
  primaryAccount,
  type CreateAccountInput,
} from './endpoints/monetary-accounts'
import { getNotificationFilters, setNotificationFilters } from './endpoints/notification-filters'
import { createPayment, getPayment, listPayments, type PaymentInput } from './endpoints/payments'
import {
  createRequestInquiry,
  getRequestInquiry,
  listRequestInquiries,
  revokeRequestInquiry,
  type RequestInquiryInput,
} from './endpoints/request-inquiries'
import {
  acceptRequestResponse,
  getRequestResponse,
  listRequestResponses,
  rejectRequestResponse,
} from './endpoints/request-responses'
import { getUser, listUsers } from './endpoints/users'
import { bindMoneyEndpoints } from './endpoints/money-group'
import { bindAttachmentEndpoints } from './endpoints/attachment-group'
import { bindStatementEndpoints } from './endpoints/customer-statements'
import type { HttpMethod } from './paths'
import type { PageQuery } from './pagination'
import type { Amount, NotificationFilter } from './types'

/** The typed endpoint groups of a BunqClient, bound to one core (see client.ts). */
export function bindEndpoints(core: EndpointCore) {
  return {
    ...bindMoneyEndpoints(core),
    ...bindAttachmentEndpoints(core),
    users: {
      list: () => listUsers(core),
      current: () => getUser(core),
    },
    monetaryAccounts: {
      list: (page?: PageQuery) => listMonetaryAccounts(core, page),
      get: (accountId: number) => getMonetaryAccount(core, accountId),
      create: (input: CreateAccountInput) => createMonetaryAccount(core, input),
      primary: () => primaryAccount(core),
    },
    requestInquiries: {
      create: (accountId: number, input: RequestInquiryInput) =>
        createRequestInquiry(core, accountId, input),
      list: (accountId: number, page?: PageQuery) => listRequestInquiries(core, accountId, page),
      get: (accountId: number, id: number) => getRequestInquiry(core, accountId, id),
      revoke: (accountId: number, id: number) => revokeRequestInquiry(core, accountId, id),
    },
    requestResponses: {
      list: (accountId: number, page?: PageQuery) => listRequestResponses(core, accountId, page),
      get: (accountId: number, id: number) => getRequestResponse(core, accountId, id),
      accept: (accountId: number, id: number, amount?: Amount) =>
        acceptRequestResponse(core, accountId, id, amount),
      reject: (accountId: number, id: number) => rejectRequestResponse(core, accountId, id),
    },
    payments: {
      create: (accountId: number, input: PaymentInput) => createPayment(core, accountId, input),
      list: (accountId: number, page?: PageQuery) => listPayments(core, accountId, page),
      get: (accountId: number, id: number) => getPayment(core, accountId, id),
    },
    notificationFilters: {
      /** User level without an account id; account level with one. */
      get: (accountId?: number) => getNotificationFilters(core, accountId),
      set: (filters: NotificationFilter[], accountId?: number) =>
        setNotificationFilters(core, filters, accountId),
    },
    events: {
      list: (page?: PageQuery, filter?: EventFilter) => listEvents(core, page, filter),
    },
    customerStatements: bindStatementEndpoints(core),
    /**
     * Any endpoint (the console); fills {userID} and {monetary-accountID}. A string `body` is
     * signed and sent exactly as given; any other value is JSON-serialised once.
     */
    call: (method: HttpMethod, path: string, body?: unknown, options?: CallOptions) =>
      call(core, method, path, body, options) as Promise<CallResult>,
  }
}

export type BunqEndpoints = ReturnType<typeof bindEndpoints>
