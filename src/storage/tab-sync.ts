/**
 * Two tabs on one vault. Writes that decrypt, change and re-encrypt a record cannot sit inside
 * one IndexedDB transaction (it commits as soon as it awaits WebCrypto), so they are serialised
 * with a Web Lock instead, and re-read the record inside the lock: no update is lost. Where
 * `navigator.locks` is missing (Node 20, old browsers) an in-process queue keyed by lock name
 * serialises callers in this JavaScript realm. Other tabs learn of changes over a BroadcastChannel.
 */

export type VaultMessage =
  | { type: 'contexts-changed'; ids: string[] }
  | { type: 'vault-created' }
  | { type: 'vault-locked' }
  | { type: 'vault-wiped' }
  | { type: 'protection-changed' }

export interface TabSync {
  /** Runs `work` while holding the vault's exclusive write lock. */
  withWriteLock<T>(work: () => Promise<T>): Promise<T>
  /** Tells the OTHER tabs (BroadcastChannel never echoes to the sender). */
  publish(message: VaultMessage): void
  /** Returns an unsubscribe function. */
  subscribe(listener: (message: VaultMessage) => void): () => void
  close(): void
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

const queues = new Map<string, Promise<unknown>>()

/** The fallback: a promise chain per lock name, shared by every caller in this realm. */
function queued<T>(name: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(name) ?? Promise.resolve()
  const run = previous.then(work, work)
  const tail = run.catch(() => undefined)
  queues.set(name, tail)
  void tail.then(() => {
    if (queues.get(name) === tail) queues.delete(name)
  })
  return run
}

export interface TabSyncOptions {
  name?: string
  /** navigator.locks, or null to force the in-process queue. Defaults to the global. */
  locks?: LockManagerLike | null
  /** Defaults to the global BroadcastChannel; null turns cross-tab messages off. */
  channel?: ((name: string) => BroadcastChannel) | null
}

export function createTabSync(options: TabSyncOptions = {}): TabSync {
  const name = options.name ?? 'bunq-workbench-vault'
  const globalLocks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks
  const locks = options.locks === undefined ? globalLocks : options.locks
  const makeChannel =
    options.channel === undefined
      ? typeof BroadcastChannel === 'function'
        ? (n: string) => new BroadcastChannel(n)
        : null
      : options.channel
  const channel = makeChannel ? makeChannel(name) : null
  const listeners = new Set<(message: VaultMessage) => void>()
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      for (const listener of listeners) listener(event.data as VaultMessage)
    }
  }
  return {
    withWriteLock: (work) => (locks ? locks.request(name, work) : queued(name, work)),
    publish: (message) => channel?.postMessage(message),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      channel?.close()
    },
  }
}
