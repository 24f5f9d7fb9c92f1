/**
 * A bounded load generator for the practice bank server: `total` signed GETs, `concurrency` in
 * flight, stopping at `deadlineMs` whatever the count. Each answer must be 200 and carry a valid
 * X-Bunq-Server-Signature over its exact bytes (checked here, as the client would).
 *
 * A GET is signed over the empty body (docs/protocol.md §6.1) and RSASSA-PKCS1-v1_5 is
 * deterministic, so the one signature made at the start is byte-for-byte what signing each call
 * would give; reusing it keeps the generator's CPU off the server's two cores.
 */
import { Agent, request } from 'node:http'
import { randomUUID } from 'node:crypto'
import { verifyBytes } from '../../src/crypto/rsa'
import { buildHeaders, HEADER_SERVER_SIGNATURE } from '../../src/bunq/headers'

export interface LoadTarget {
  url: string
  sessionToken: string
  signature: string
  serverKey: CryptoKey
}

export interface LoadResult {
  done: number
  ms: number
}

function get(agent: Agent, url: URL, headers: Record<string, string>) {
  return new Promise<{ status: number; body: Buffer; signature: string | null }>(
    (resolve, reject) => {
      const req = request(url, { agent, method: 'GET', headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            signature: (res.headers[HEADER_SERVER_SIGNATURE.toLowerCase()] as string) ?? null,
          }),
        )
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end()
    },
  )
}

/** Sends up to `total` requests; resolves with how many completed and how long it took. */
export async function runLoad(
  target: LoadTarget,
  total: number,
  concurrency: number,
  deadline: number,
  agent: Agent,
): Promise<LoadResult> {
  const url = new URL(target.url)
  let issued = 0
  let done = 0
  const start = performance.now()
  async function worker() {
    while (issued < total && Date.now() < deadline) {
      issued++
      const headers = buildHeaders({
        requestId: randomUUID(),
        authToken: target.sessionToken,
        hasBody: false,
        signature: target.signature,
      })
      const answer = await get(agent, url, headers)
      if (answer.status !== 200)
        throw new Error(`server answered ${answer.status}: ${answer.body.toString().slice(0, 200)}`)
      const body = new Uint8Array(answer.body)
      if (!answer.signature || !(await verifyBytes(target.serverKey, body, answer.signature)))
        throw new Error('a server signature did not verify')
      done++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { done, ms: performance.now() - start }
}
