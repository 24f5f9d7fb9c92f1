/**
 * bunq's `Pagination` object (docs/protocol.md §10.5): three relative URLs, each null when it does
 * not apply. We parse the ids out of them, as the Python SDK does, so a caller pages by passing a
 * cursor back to the same list call rather than following a raw URL.
 */

/** Query parameters for a list call. `count` defaults to 10 at bunq, max 200. */
export interface PageQuery {
  count?: number
  older_id?: number
  newer_id?: number
}

/** One direction to page in; pass it as the `page` of the same list call. */
export interface PageCursor extends PageQuery {
  /** The relative URL bunq gave, e.g. `/v1/user/1/monetary-account/1/payment?count=25&older_id=224`. */
  url: string
}

export interface Pagination {
  /** The previous page: items older than this page. Null when nothing older exists. */
  older: PageCursor | null
  /** The next page: items newer than this page. */
  newer: PageCursor | null
  /** Poll for items created after the listing; set when the page holds the newest item. */
  future: PageCursor | null
}

export const NO_PAGINATION: Pagination = { older: null, newer: null, future: null }

function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name)
  if (raw === null || !/^\d+$/.test(raw)) return undefined
  return Number(raw)
}

/** Parses one pagination URL; null for null, a non-string or a URL without a query. */
export function parseCursor(url: unknown): PageCursor | null {
  if (typeof url !== 'string' || url === '') return null
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  const params = new URLSearchParams(query)
  const cursor: PageCursor = { url }
  const count = intParam(params, 'count')
  const olderId = intParam(params, 'older_id')
  const newerId = intParam(params, 'newer_id')
  if (count !== undefined) cursor.count = count
  if (olderId !== undefined) cursor.older_id = olderId
  if (newerId !== undefined) cursor.newer_id = newerId
  return cursor
}

/** Parses the envelope's `Pagination` member (absent on non-list responses). */
export function parsePagination(raw: unknown): Pagination {
  if (!raw || typeof raw !== 'object') return NO_PAGINATION
  const p = raw as Record<string, unknown>
  return {
    older: parseCursor(p.older_url),
    newer: parseCursor(p.newer_url),
    future: parseCursor(p.future_url),
  }
}

/** The query for a list call from a page request (a cursor or plain parameters). */
export function pageQuery(page?: PageQuery): Record<string, number | undefined> {
  if (!page) return {}
  return { count: page.count, older_id: page.older_id, newer_id: page.newer_id }
}

/** A list result: the unwrapped items plus the cursors to page on. */
export interface Page<T> {
  items: T[]
  pagination: Pagination
}
