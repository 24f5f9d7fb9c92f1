import type { Exchange } from '../../src/bunq/exchange'

/** A recorded practice exchange: `parts` as given, the rest a verified answer with no error and no client signature. */
export function exchangeFixture(
  parts: Pick<Exchange, 'id' | 'durationMs' | 'request' | 'response'> & Partial<Exchange>,
): Exchange {
  // Listed in the Exchange's own field order first, so a serialised fixture reads as before.
  return {
    id: parts.id,
    transport: 'practice',
    startedAt: 0,
    durationMs: parts.durationMs,
    request: parts.request,
    response: parts.response,
    clientSignature: null,
    serverSignature: 'verified',
    errorCode: null,
    errorMessage: null,
    ...parts,
  }
}
