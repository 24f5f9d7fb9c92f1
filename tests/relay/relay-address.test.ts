// The relay's default port is written twice, once for the page (src/transport/relay-address.ts)
// and once for plain Node (scripts/relay-config.mjs); the address the app suggests must be the one
// the relay listens on.
import { describe, expect, it } from 'vitest'
import { parseRelayArgs } from '../../scripts/relay.mjs'
import { relayCommand } from '../../src/transport/advice'
import { RELAY_DEFAULT_PORT, RELAY_DEFAULT_URL } from '../../src/transport/relay-address'

describe('the relay default address', () => {
  it('is where `npm run relay` listens without flags', () => {
    const options = parseRelayArgs([])
    expect(options.port).toBe(RELAY_DEFAULT_PORT)
    expect(RELAY_DEFAULT_URL).toBe(`http://${options.host}:${options.port}`)
  })

  it('needs no --port flag in the suggested command', () => {
    const origin = 'http://127.0.0.1:4173'
    expect(relayCommand(origin, undefined, String(RELAY_DEFAULT_PORT))).not.toContain('--port')
    expect(relayCommand(origin, undefined, '9000')).toContain('--port 9000 ')
  })
})
