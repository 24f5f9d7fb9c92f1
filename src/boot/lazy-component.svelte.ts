/**
 * A component fetched the first time it is shown (first-load budget): for the parts of
 * the first screen that an empty browser never shows (the vault's contexts, files and security
 * controls appear only once it is unlocked). Reading `current` starts the load; it is undefined
 * until the chunk arrives, then the component, reactively. The idle prefetch
 * (src/boot/prefetch.ts) and the component tests call `preloadLazyComponents()`.
 *
 *   <script module> const Files = lazyComponent(() => import('./VaultFiles.svelte')) </script>
 *   {#if Files.current}<Files.current {vault} />{/if}
 */
import type { Component } from 'svelte'

// Each lazy part takes its own props; the caller passes them as it would to a static import.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>

export interface LazyComponent<T extends AnyComponent> {
  readonly current: T | undefined
  load(): Promise<void>
}

const registered: LazyComponent<AnyComponent>[] = []

export function lazyComponent<T extends AnyComponent>(
  loader: () => Promise<{ default: T }>,
): LazyComponent<T> {
  let loaded = $state.raw<T | undefined>(undefined)
  let pending: Promise<void> | null = null
  const load = (): Promise<void> => {
    // A failed load (offline, not cached yet) is logged and tried again on the next read.
    pending ??= loader().then(
      (module) => {
        loaded = module.default
      },
      (error: unknown) => {
        pending = null
        console.error('A part of the page could not be loaded:', error)
      },
    )
    return pending
  }
  const lazy: LazyComponent<T> = {
    get current() {
      if (!loaded) void load()
      return loaded
    },
    load,
  }
  registered.push(lazy)
  return lazy
}

/** Loads every lazy component declared so far (by the modules imported up to now). */
export async function preloadLazyComponents(): Promise<void> {
  await Promise.all(registered.map((lazy) => lazy.load()))
}
