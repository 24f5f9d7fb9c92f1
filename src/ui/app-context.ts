/**
 * Values the whole component tree reads through Svelte context: presenter mode (SecretText masks
 * every secret while it is on) and the clock. Views get their models as props; this is only for
 * cross-cutting leaf concerns.
 */
import { getContext, setContext } from 'svelte'

const KEY = Symbol('workbench-ui')

export interface UiContext {
  /** True while presenter mode is on: secrets are never revealed. */
  presenter: () => boolean
  /** The Platform clock. */
  now: () => number
}

export function setUiContext(context: UiContext): void {
  setContext(KEY, context)
}

/** Outside App (a component under test on its own) presenter mode is off and the clock is real. */
export function getUiContext(): UiContext {
  return getContext<UiContext | undefined>(KEY) ?? { presenter: () => false, now: () => Date.now() }
}
