import { createdId } from '../envelope'
import type { Page, PageQuery } from '../pagination'
import { accountPath, type EndpointCore } from './endpoint-core'
import { getOne, listOf } from './list-call'

/**
 * The calls every collection below `/user/{U}/monetary-account/{A}/<name>` answers the same way
 * (payment, request-inquiry, request-response, and the money operations' payment-batch,
 * draft-payment, schedule-payment, bunqme-tab): create with a POST that returns the new id, list
 * newest first with paging (docs/protocol.md §10.5), get one by id, change one with a PUT. A POST
 * or PUT is signed like every call and never re-sent by itself (docs/architecture.md, "never replay
 * a signed POST").
 */
export interface AccountCollection<T> {
  create(core: EndpointCore, accountId: number, body: unknown): Promise<number>
  list(core: EndpointCore, accountId: number, page?: PageQuery): Promise<Page<T>>
  get(core: EndpointCore, accountId: number, id: number): Promise<T>
  update(core: EndpointCore, accountId: number, id: number, body: unknown): Promise<void>
}

/** `name` is the path segment (`request-inquiry`), `type` the object's wrapper (`RequestInquiry`). */
export function accountCollection<T>(name: string, type: string): AccountCollection<T> {
  const path = (core: EndpointCore, accountId: number, id?: number) =>
    accountPath(core, accountId, id === undefined ? `/${name}` : `/${name}/${id}`)
  return {
    async create(core, accountId, body) {
      const { envelope } = await core.request({ method: 'POST', path: path(core, accountId), body })
      return createdId(envelope)
    },
    list: (core, accountId, page) => listOf<T>(core, path(core, accountId), type, page),
    get: (core, accountId, id) => getOne<T>(core, path(core, accountId, id), type),
    async update(core, accountId, id, body) {
      await core.request({ method: 'PUT', path: path(core, accountId, id), body })
    },
  }
}
