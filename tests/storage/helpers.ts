// Shared test fixtures for the vault: fast PBKDF2 (the real figure has its own test), a counting
// clock, fake-looking secrets and real RSA keys generated in the test.
import { PRACTICE_IN_PAGE } from '../../src/bunq/bank'
import { emptyContext, type ApiContext, type Environment } from '../../src/bunq/context'
import { privateKeyToPem, publicKeyToPem } from '../../src/crypto/pem'
import { generateRsaKeyPair } from '../../src/crypto/rsa'
import type { VaultStore } from '../../src/storage/store'
import { createTabSync, type TabSync } from '../../src/storage/tab-sync'
import { VaultService } from '../../src/storage/vault-service'

export const FAST_KDF = { iterations: 1000, minIterations: 1000 }
export const testCrypto = {
  subtle: globalThis.crypto.subtle,
  randomBytes: (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
}

export function counterClock(start = Date.UTC(2026, 0, 15, 10, 0, 0)) {
  let t = start
  return () => (t += 1000)
}

export function makeService(
  store: VaultStore,
  options: { sync?: TabSync; now?: () => number } = {},
): VaultService {
  return new VaultService({
    store,
    crypto: testCrypto,
    now: options.now ?? counterClock(),
    newId: () => globalThis.crypto.randomUUID(),
    sync: options.sync ?? createTabSync({ locks: null, channel: null }),
    kdf: FAST_KDF,
  })
}

let keyCache: Promise<{ privatePem: string; publicPem: string; serverPem: string }> | null = null

/** One extractable client pair and one "server" pair per test file (RSA keygen is slowish). */
export function testKeys() {
  keyCache ??= (async () => {
    const client = await generateRsaKeyPair({ extractable: true })
    const server = await generateRsaKeyPair({ extractable: true })
    return {
      privatePem: await privateKeyToPem(client.privateKey),
      publicPem: await publicKeyToPem(client.publicKey),
      serverPem: await publicKeyToPem(server.publicKey),
    }
  })()
  return keyCache
}

/** A complete context with obviously fake tokens and real keys. */
export async function fullContext(
  environment: Environment = 'SANDBOX',
  expiresAt = Date.UTC(2030, 5, 1, 12, 30, 45, 123),
): Promise<ApiContext> {
  const keys = await testKeys()
  const prefix = environment === 'SANDBOX' ? 'sandbox_' : ''
  return {
    ...emptyContext(environment === 'PRODUCTION' ? { kind: 'bunq-production' } : PRACTICE_IN_PAGE),
    apiKey: `${prefix}FAKEAPIKEY0123456789abcdef0123456789abcdef0123456789ab`,
    privateKeyPem: keys.privatePem,
    publicKeyPem: keys.publicPem,
    installation: {
      id: 4,
      token: 'FAKEinstallationTOKEN00112233445566778899aabbccddeeff0011',
      serverPublicKeyPem: keys.serverPem,
    },
    device: { id: 35, description: 'bunq workbench test' },
    session: {
      id: 25536694,
      token: 'FAKEsessionTOKEN99887766554433221100ffeeddccbbaa99887766',
      expiresAt,
      userId: 1822179,
      userType: 'UserPerson',
      user: { id: 1822179, display_name: 'Test Person', session_timeout: 604800 },
    },
  }
}

/** The secret strings a raw-storage search must never find. */
export function secretsOf(context: ApiContext): string[] {
  const pemBody = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'))
  return [
    context.apiKey!,
    context.installation!.token,
    context.session!.token,
    ...pemBody(context.privateKeyPem!),
  ]
}
