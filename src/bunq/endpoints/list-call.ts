import { firstOf, itemsOf } from '../envelope'
import { pageQuery, type Page, type PageQuery } from '../pagination'
import type { EndpointCore } from './endpoint-core'

/** One GET list call: the items of the given wrapper type plus the pagination cursors (docs/protocol.md §10.5). */
export async function listOf<T>(
  core: EndpointCore,
  path: string,
  type: string,
  page?: PageQuery,
  extraQuery: Record<string, string | number | undefined> = {},
): Promise<Page<T>> {
  const { envelope } = await core.request({
    method: 'GET',
    path,
    query: { ...extraQuery, ...pageQuery(page) },
  })
  return { items: itemsOf<T>(envelope, type), pagination: envelope.pagination }
}

/** One GET of a single object of the given wrapper type. */
export async function getOne<T>(core: EndpointCore, path: string, type: string): Promise<T> {
  const { envelope } = await core.request({ method: 'GET', path })
  return firstOf<T>(envelope, type)
}
