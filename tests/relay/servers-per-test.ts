import { afterEach } from 'vitest'
import { startRelay, type RelayOptions, type RunningRelay } from '../../scripts/relay.mjs'
import { startUpstream } from './http-helpers'

/** The page origin the relays under test allow. */
export const PAGE = 'http://localhost:5173'

/** Relays and fake upstream banks for one test, all closed after it (call once per test file). */
export function serversPerTest() {
  const open: Array<() => Promise<void>> = []
  afterEach(async () => {
    while (open.length) await open.pop()!()
  })
  return {
    /** A relay on a free port that forwards to `target` and allows PAGE. */
    async relayTo(target: string, options: Partial<RelayOptions> = {}): Promise<RunningRelay> {
      const relay = await startRelay({ port: 0, target, allowOrigins: [PAGE], ...options })
      open.push(relay.close)
      return relay
    },
    /** A fake upstream bank that gives every request `answer`. */
    async upstream(answer: Parameters<typeof startUpstream>[0]) {
      const server = await startUpstream(answer)
      open.push(server.close)
      return server
    },
  }
}
