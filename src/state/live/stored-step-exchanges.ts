/**
 * A finished onboarding step's exchange after a reload, read from History (the redacted copy;
 * raw copies never outlive the tab, docs/architecture.md security stance). Cached per history entry so
 * a step keeps the same event object between reads and its view does not re-render.
 */
import type { ApiContext } from '../../bunq/context'
import type { ExchangeEvent } from '../../bunq/exchange'
import type { OnboardingStepId } from '../models/session-onboarding'
import {
  eventFromHistory,
  LOOK_BACK,
  stepExchangeFromHistory,
  type HistorySource,
} from './live-onboarding-history'

export class StoredStepExchanges {
  readonly #history: HistorySource | undefined
  // A plain Map (this is no rune file): a cache of derived values, never rendered by itself.
  readonly #events = new Map<string, ExchangeEvent>()

  constructor(history: HistorySource | undefined) {
    this.#history = history
  }

  /** True while History is still being read: a done step's exchange may yet come from it. */
  get reading(): boolean {
    return this.#history ? !this.#history.settled : false
  }

  /** The step's stored exchange for this context, or null (none kept, or the key pair: no HTTP). */
  get(id: OnboardingStepId, context: ApiContext): ExchangeEvent | null {
    const history = this.#history
    if (!history || id === 'key-pair') return null
    const entries = history.slice(0, Math.min(history.count, LOOK_BACK))
    const found = stepExchangeFromHistory(id, context, entries)
    if (!found) return null
    let event = this.#events.get(found.id)
    if (!event) this.#events.set(found.id, (event = eventFromHistory(found)))
    return event
  }
}
