/**
 * Search over the catalogue as the user types: every word must appear in the operation's method,
 * path, tag or name ("bunqme", "post card", "schedule-payment"); a concrete path
 * (/user/7/card/3) also finds its template. Precomputed once, so a keystroke is one pass of
 * substring tests over 480 short strings.
 */
import { matchOperation } from './catalogue.ts'
import type { CatalogueOperation, HttpMethod } from './types.ts'

export interface SearchIndex {
  entries: { op: CatalogueOperation; haystack: string }[]
}

export interface OperationGroup {
  tag: string
  operations: CatalogueOperation[]
}

export function buildSearchIndex(operations: readonly CatalogueOperation[]): SearchIndex {
  return {
    entries: operations.map((op) => ({
      op,
      haystack: `${op.method} ${op.path} ${op.tag} ${op.name}`.toLowerCase(),
    })),
  }
}

export function searchOperations(index: SearchIndex, query: string): CatalogueOperation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return index.entries.map((e) => e.op)
  const found = index.entries
    .filter((e) => words.every((w) => e.haystack.includes(w)))
    .map((e) => e.op)
  if (found.length === 0) {
    const concrete = concreteMatch(query)
    if (concrete) return concrete
  }
  return found
}

/** "/user/7/card/3" or "GET /user/7/card/3": the templates that path fits. */
function concreteMatch(query: string): CatalogueOperation[] | null {
  const match = /^\s*(?:(get|post|put|delete)\s+)?(\/\S*)\s*$/i.exec(query)
  if (!match) return null
  const methods: HttpMethod[] = match[1]
    ? [match[1].toUpperCase() as HttpMethod]
    : ['GET', 'POST', 'PUT', 'DELETE']
  const ops = methods
    .map((m) => matchOperation(m, match[2]))
    .filter((op): op is CatalogueOperation => !!op)
  return ops.length > 0 ? ops : null
}

/** Results grouped by tag, tags in alphabetical order, operations in catalogue order. */
export function groupByTag(operations: readonly CatalogueOperation[]): OperationGroup[] {
  const groups = new Map<string, CatalogueOperation[]>()
  for (const op of operations) {
    const list = groups.get(op.tag)
    if (list) list.push(op)
    else groups.set(op.tag, [op])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, ops]) => ({ tag, operations: ops }))
}
