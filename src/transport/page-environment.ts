/**
 * The page facts a transport needs, read from the browser globals. Call it only from the
 * composition root (main.ts), which is where globals are read (docs/architecture.md, layers).
 */
import type { TransportEnvironment } from './create-transport'

export function pageTransportEnvironment(): TransportEnvironment {
  const origin = globalThis.location?.origin
  return {
    pageOrigin: origin && origin !== 'null' ? origin : undefined,
    isOnline: () => globalThis.navigator?.onLine ?? true,
  }
}
