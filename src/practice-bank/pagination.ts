import { badRequest } from './bank-error'
import type { HandlerContext, HandlerResult } from './route'

/**
 * bunq's list paging (docs/protocol.md §10.5, emulator defaults of §15.1 #15): newest first;
 * `older_id`/`newer_id` exclusive; `count` default 10, max 200. `older_url` carries the oldest id on
 * the page, `newer_url`/`future_url` the newest; `future_url` is set (and `newer_url` null) when the
 * page holds the newest item. `count` appears in the links only when the request had it.
 */
const DEFAULT_COUNT = 10
const MAX_COUNT = 200

function readId(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name)
  if (raw === null || raw === '') return null
  if (!/^\d{1,15}$/.test(raw)) throw badRequest(`The parameter ${name} must be an id.`)
  return Number(raw)
}

function readCount(query: URLSearchParams): number {
  const raw = query.get('count')
  if (raw === null || raw === '') return DEFAULT_COUNT
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_COUNT) {
    throw badRequest(`The parameter count must be between 1 and ${MAX_COUNT}.`)
  }
  return Number(raw)
}

/**
 * Pages `all` (any order) by id and renders the page's items. `oldest-first` serves lists whose
 * first item clients treat as primary (monetary accounts, docs/decisions/0015): the first page
 * holds the oldest items, in ascending order; the links mean the same as in newest-first lists.
 */
export function paginate<T extends { id: number }>(
  ctx: HandlerContext,
  all: T[],
  render: (item: T) => Record<string, unknown>,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): HandlerResult {
  if (order === 'oldest-first') return paginateAscending(ctx, all, render)
  const count = readCount(ctx.query)
  const olderId = readId(ctx.query, 'older_id')
  const newerId = readId(ctx.query, 'newer_id')
  const sorted = [...all].sort((a, b) => b.id - a.id)
  let page: T[]
  if (newerId !== null) {
    const newer = sorted.filter((i) => i.id > newerId)
    page = newer.slice(Math.max(0, newer.length - count))
  } else if (olderId !== null) {
    page = sorted.filter((i) => i.id < olderId).slice(0, count)
  } else page = sorted.slice(0, count)

  const base = `/v1${ctx.path}?${ctx.query.has('count') ? `count=${count}&` : ''}`
  const link = (name: string, id: number) => `${base}${name}=${id}`
  let pagination
  if (page.length === 0) {
    pagination = {
      future_url: newerId !== null ? link('newer_id', newerId) : null,
      newer_url: null,
      older_url: null,
    }
  } else {
    const newest = page[0].id
    const oldest = page[page.length - 1].id
    const hasNewer = sorted.length > 0 && sorted[0].id > newest
    const hasOlder = sorted[sorted.length - 1].id < oldest
    pagination = {
      future_url: hasNewer ? null : link('newer_id', newest),
      newer_url: hasNewer ? link('newer_id', newest) : null,
      older_url: hasOlder ? link('older_id', oldest) : null,
    }
  }
  return { items: page.map(render), pagination }
}

function paginateAscending<T extends { id: number }>(
  ctx: HandlerContext,
  all: T[],
  render: (item: T) => Record<string, unknown>,
): HandlerResult {
  const count = readCount(ctx.query)
  const olderId = readId(ctx.query, 'older_id')
  const newerId = readId(ctx.query, 'newer_id')
  const sorted = [...all].sort((a, b) => a.id - b.id)
  let page: T[]
  if (olderId !== null) {
    const older = sorted.filter((i) => i.id < olderId)
    page = older.slice(Math.max(0, older.length - count))
  } else if (newerId !== null) {
    page = sorted.filter((i) => i.id > newerId).slice(0, count)
  } else page = sorted.slice(0, count)
  const base = `/v1${ctx.path}?${ctx.query.has('count') ? `count=${count}&` : ''}`
  const link = (name: string, id: number) => `${base}${name}=${id}`
  if (page.length === 0) {
    return {
      items: [],
      pagination: {
        future_url: newerId !== null ? link('newer_id', newerId) : null,
        newer_url: null,
        older_url: null,
      },
    }
  }
  const oldest = page[0].id
  const newest = page[page.length - 1].id
  const hasNewer = sorted[sorted.length - 1].id > newest
  const hasOlder = sorted[0].id < oldest
  return {
    items: page.map(render),
    pagination: {
      future_url: hasNewer ? null : link('newer_id', newest),
      newer_url: hasNewer ? link('newer_id', newest) : null,
      older_url: hasOlder ? link('older_id', oldest) : null,
    },
  }
}
