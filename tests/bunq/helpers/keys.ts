import { privateKeyToPem, publicKeyToPem } from '../../../src/crypto/pem'
import { generateRsaKeyPair } from '../../../src/crypto/rsa'

/** RSA key pairs made once per test file (generation takes ~0.2 s each). */
export interface TestKeys {
  client: CryptoKeyPair
  clientPrivatePem: string
  clientPublicPem: string
  server: CryptoKeyPair
  serverPublicPem: string
}

let cached: Promise<TestKeys> | null = null

export function testKeys(): Promise<TestKeys> {
  cached ??= (async () => {
    const client = await generateRsaKeyPair({ extractable: true })
    const server = await generateRsaKeyPair({ extractable: true })
    return {
      client,
      clientPrivatePem: await privateKeyToPem(client.privateKey),
      clientPublicPem: await publicKeyToPem(client.publicKey),
      server,
      serverPublicPem: await publicKeyToPem(server.publicKey),
    }
  })()
  return cached
}
