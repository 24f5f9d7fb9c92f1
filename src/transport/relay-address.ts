/**
 * Where `npm run relay` listens unless told otherwise (docs/relay.md). scripts/relay-config.mjs,
 * plain Node, repeats the port; tests/relay/relay-address.test.ts checks the two agree.
 */
export const RELAY_DEFAULT_PORT = 8787

/** The relay URL the app suggests: the relay on this machine at its default port. */
export const RELAY_DEFAULT_URL = `http://127.0.0.1:${RELAY_DEFAULT_PORT}`
