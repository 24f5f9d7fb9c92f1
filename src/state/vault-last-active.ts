/**
 * Which context the user last worked in, so that unlocking (after a reload, "Lock" or the idle
 * auto-lock) reopens that one rather than the first in the list. The id is not a
 * secret: it is kept beside the theme in the settings record, as an optional field (old records
 * simply lack it, and then the first context opens as before).
 */
import type { Settings } from '../storage/records'
import type { VaultStore } from '../storage/store'

interface WithLastActive extends Settings {
  activeContextId?: string
}

/** The remembered context id, or null (none yet, or storage unreadable). */
export async function lastActiveContextId(store: VaultStore): Promise<string | null> {
  try {
    return ((await store.getSettings()) as WithLastActive).activeContextId ?? null
  } catch {
    return null
  }
}

/**
 * Remembers `id` as the context in use. A convenience only: a failed write (full disk) must not
 * fail the switch it follows, so errors are swallowed.
 */
export async function rememberActiveContextId(store: VaultStore, id: string): Promise<void> {
  try {
    const settings = (await store.getSettings()) as WithLastActive
    if (settings.activeContextId === id) return
    const next: WithLastActive = { ...settings, activeContextId: id }
    await store.putSettings(next)
  } catch {
    // see above
  }
}
