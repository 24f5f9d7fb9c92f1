import type { Exchange } from '../../src/bunq/exchange'

/** A recorded practice exchange: `parts` as given, the rest a verified answer with no error and no client signature. */
export function exchangeFixture(
  parts: Pick<Exchange, 'id' | 'durationMs' | 'request' | 'response'> & Partial<Exchange>,
): Exchange {
  const { id, durationMs, request, response, ...rest } = parts
  // Listed in the Exchange's own field order, so a serialised fixture reads as before.
  return {
    id,
    transport: 'practice',
    startedAt: 0,
    durationMs,
    request,
    response,
    clientSignature: null,
    serverSignature: 'verified',
    errorCode: null,
    errorMessage: null,
    ...rest,
  }
}
