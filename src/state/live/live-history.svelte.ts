/**
 * The real HistoryModel over the storage history store: every exchange is stored REDACTED
 * (docs/architecture.md, security stance); the raw copy of recent ones stays in memory only, for the
 * snippets of this tab. `count`/`slice` are synchronous over an in-memory index (newest first),
 * loaded lazily from the store on first read, so a virtualised view can show 5,000 rows.
 */
import type { Exchange, ExchangeEvent } from '../../bunq/exchange'
import type { VaultStore } from '../../storage/store'
import type { SnippetLanguage } from '../models/console-history-settings'

/** Raw exchanges kept in memory (never stored), newest only. */
const RAW_KEPT = 200
const LOAD_PAGE = 500

export class LiveHistory {
  #index = $state.raw<Exchange[]>([])
  #loading = $state(false)
  #settled = $state(false)
  #loaded: Promise<void> | null = null
  /** Plain (not $state): set while a template reads `count`, where state may not change. */
  #inFlight = false
  /** Recorded while the first load runs; merged in after it. */
  #pending: Exchange[] = []
  // Not state: raw copies are looked up on demand, never rendered from here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #raw = new Map<string, Exchange>()
  readonly #store: VaultStore

  constructor(store: VaultStore) {
    this.#store = store
  }

  get count() {
    this.#loadLazily()
    return this.#index.length
  }
  get loading() {
    return this.#loading
  }
  /** True once the stored history is in the index (reading it starts the load). */
  get settled() {
    this.#loadLazily()
    return this.#settled
  }

  slice(start: number, end: number): readonly Exchange[] {
    this.#loadLazily()
    return this.#index.slice(start, end)
  }

  get(id: string): Exchange | null {
    return this.#index.find((e) => e.id === id) ?? null
  }

  /** The protocol core's onExchange: store the redacted copy, keep the raw one in memory. */
  record(event: ExchangeEvent): void {
    this.#raw.set(event.raw.id, event.raw)
    if (this.#raw.size > RAW_KEPT) this.#raw.delete(this.#raw.keys().next().value as string)
    if (this.#inFlight) this.#pending.unshift(event.redacted)
    else this.#index = [event.redacted, ...this.#index]
    // History is a convenience: a full disk must not fail the call it describes.
    void this.#store.addHistory(event.redacted).catch(() => undefined)
  }

  /** The raw exchange of this tab, when it is still in memory (the reveal toggle needs it). */
  raw(id: string): Exchange | null {
    return this.#raw.get(id) ?? null
  }

  /** Code for this exchange (src/snippets/*), with any signature recomputed where needed. */
  async snippet(exchange: Exchange, language: SnippetLanguage): Promise<string> {
    // Secrets become placeholders either way (reveal off); the raw copy keeps the exact body.
    const source = this.#raw.get(exchange.id) ?? exchange
    // The snippet generators load on first use (first-load budget).
    const { snippet, snippetRequestFrom } = await import('../../snippets')
    return snippet(language, snippetRequestFrom(source), { reveal: false })
  }

  async clear(): Promise<void> {
    await this.#loaded
    await this.#store.clearHistory()
    this.#raw.clear()
    this.#index = []
  }

  /** Resolves when the stored history is in the index (tests; the view just re-renders). */
  ready(): Promise<void> {
    this.#loadLazily()
    return this.#loaded as Promise<void>
  }

  #loadLazily(): void {
    if (this.#loaded) return
    this.#inFlight = true
    this.#loaded = (async () => {
      await Promise.resolve() // leave the template read that started us before changing state
      this.#loading = true
      const rows: Exchange[] = []
      try {
        let before: number | null = null
        do {
          const page = await this.#store.listHistory({ limit: LOAD_PAGE, before })
          for (const row of page.rows) rows.push(row.exchange)
          before = page.nextBefore
        } while (before !== null)
      } catch {
        // An unreadable history shows as empty; new exchanges still appear.
      }
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
      const seen = new Set(this.#pending.map((e) => e.id))
      this.#index = [...this.#pending, ...rows.filter((e) => !seen.has(e.id))]
      this.#pending = []
      this.#inFlight = false
      this.#loading = false
      this.#settled = true
    })()
  }
}
