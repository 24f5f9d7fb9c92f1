import { bytesToHex, utf8Encode } from '../crypto/bytes'
import type { BankState } from './state'

/**
 * Keyed hashes of API keys and tokens (docs/decisions/0017): HMAC-SHA-256 under the bank's own
 * random secret, hex. The bank compares hashes and never stores a value it handed out, so its
 * saved state (IndexedDB in the page) holds nothing a copy of the profile could replay.
 */
export class SecretHasher {
  private key: Promise<CryptoKey> | null = null
  private keyHex = ''

  constructor(private readonly subtle: SubtleCrypto) {}

  async hash(secretKeyHex: string, value: string): Promise<string> {
    if (this.key === null || this.keyHex !== secretKeyHex) {
      this.keyHex = secretKeyHex
      this.key = this.subtle.importKey(
        'raw',
        hexBytes(secretKeyHex),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      )
    }
    const mac = await this.subtle.sign('HMAC', await this.key, utf8Encode(value))
    return bytesToHex(new Uint8Array(mac))
  }
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

type Legacy = Record<string, unknown>

/**
 * A bank saved before hashing held plain `key`, `token` and `apiKey` fields (and no secretKey):
 * hash each into its `...Hash` field and drop the value. Returns true when anything changed, so
 * the caller saves the migrated state at once.
 */
export async function hashPlainSecrets(
  state: BankState,
  hasher: SecretHasher,
  newSecretKey: () => string,
): Promise<boolean> {
  let changed = false
  if (typeof state.secretKey !== 'string' || !/^[0-9a-f]{64}$/.test(state.secretKey)) {
    state.secretKey = newSecretKey()
    changed = true
  }
  const move = async (rows: Legacy[], from: string, to: string) => {
    for (const row of rows) {
      if (typeof row[from] !== 'string') continue
      row[to] = await hasher.hash(state.secretKey, row[from])
      delete row[from]
      changed = true
    }
  }
  await move(state.apiKeys as unknown as Legacy[], 'key', 'keyHash')
  await move(state.installations as unknown as Legacy[], 'token', 'tokenHash')
  await move(state.devices as unknown as Legacy[], 'apiKey', 'apiKeyHash')
  await move(state.sessions as unknown as Legacy[], 'token', 'tokenHash')
  return changed
}
