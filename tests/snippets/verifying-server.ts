/**
 * A loopback stand-in for bunq that checks X-Bunq-Client-Signature with node:crypto over the raw
 * body bytes it received, and records what arrived. Independent of src/crypto on purpose.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Arrival {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: Buffer
  signatureValid: boolean | null
}

export function testKeyPair(): { publicPem: string; privatePem: string } {
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  return { publicPem: pair.publicKey, privatePem: pair.privateKey }
}

export async function startVerifyingServer(publicPem: string) {
  const arrivals: Arrival[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const signature = req.headers['x-bunq-client-signature']
      let signatureValid: boolean | null = null
      if (typeof signature === 'string') {
        signatureValid = createVerify('sha256').update(body).verify(publicPem, signature, 'base64')
      }
      arrivals.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        signatureValid,
      })
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"Response":[{"Id":{"id":1}}]}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
