/**
 * One bunq list as a page the view shows, with older/newer paging through the cursors bunq gives
 * (docs/protocol.md §10.5). Newest first. A failed load keeps the items shown and sets `error`.
 */
import type { Page as BunqPage, PageCursor, PageQuery } from '../../bunq/pagination'
import type { Page } from '../models/accounts'
import { toUiError } from '../ui-error'

export const PAGE_SIZE = 10

const empty = <T>(): Page<T> => ({
  items: [],
  hasOlder: false,
  hasNewer: false,
  loading: false,
  error: null,
})

export type Fetch<R> = (query: PageQuery) => Promise<BunqPage<R>>

export class PagedList<T, R> {
  #page = $state.raw<Page<T>>(empty())
  #older: PageCursor | null = null
  #newer: PageCursor | null = null
  readonly #map: (raw: R) => T

  constructor(map: (raw: R) => T) {
    this.#map = map
  }

  get page(): Page<T> {
    return this.#page
  }

  /** The newest page. */
  first(fetch: Fetch<R>): Promise<void> {
    return this.#load(fetch, { count: PAGE_SIZE })
  }

  older(fetch: Fetch<R>): Promise<void> {
    return this.#older ? this.#load(fetch, this.#query(this.#older)) : Promise.resolve()
  }

  newer(fetch: Fetch<R>): Promise<void> {
    return this.#newer ? this.#load(fetch, this.#query(this.#newer)) : Promise.resolve()
  }

  clear(): void {
    this.#older = this.#newer = null
    this.#page = empty()
  }

  #query(cursor: PageCursor): PageQuery {
    return {
      count: cursor.count ?? PAGE_SIZE,
      older_id: cursor.older_id,
      newer_id: cursor.newer_id,
    }
  }

  async #load(fetch: Fetch<R>, query: PageQuery): Promise<void> {
    this.#page = { ...this.#page, loading: true, error: null }
    try {
      const result = await fetch(query)
      this.#older = result.pagination.older
      this.#newer = result.pagination.newer
      this.#page = {
        items: result.items.map(this.#map),
        hasOlder: this.#older !== null,
        hasNewer: this.#newer !== null,
        loading: false,
        error: null,
      }
    } catch (error) {
      this.#page = { ...this.#page, loading: false, error: toUiError(error) }
    }
  }
}
