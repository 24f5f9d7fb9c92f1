/**
 * A HistoryModel holding `size` exchanges in memory at once, all built up front so the heap
 * figure counts them. The rows are copies of REAL redacted exchanges the core recorded against the
 * in-page practice bank (structuredClone, so each is its own object), with their own ids and times.
 */
import type { Exchange } from '../../../src/bunq/exchange'
import type { HistoryModel, SnippetLanguage } from '../../../src/state/models'

export class BenchHistory implements HistoryModel {
  readonly loading = false
  readonly #rows: Exchange[]

  constructor(samples: readonly Exchange[], size: number, newest = Date.now()) {
    if (samples.length === 0) throw new Error('BenchHistory needs sample exchanges')
    this.#rows = Array.from({ length: size }, (_, i) => {
      const copy = structuredClone(samples[i % samples.length])
      return { ...copy, id: `bench-${size - i}`, startedAt: newest - i * 61_000 }
    })
  }

  get count(): number {
    return this.#rows.length
  }

  slice(start: number, end: number): readonly Exchange[] {
    return this.#rows.slice(Math.max(0, start), Math.min(end, this.#rows.length))
  }

  get(id: string): Exchange | null {
    return this.#rows.find((row) => row.id === id) ?? null
  }

  async snippet(exchange: Exchange, language: SnippetLanguage): Promise<string> {
    return `${language}: ${exchange.request.method} ${exchange.request.url}`
  }

  async clear(): Promise<void> {
    this.#rows.length = 0
  }
}
