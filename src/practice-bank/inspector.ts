/**
 * What the practice bank shows a learner (docs/protocol.md §6.1 "report it in the inspector",
 * §10.6 would-be callbacks). Holds no secret: no tokens, keys, signatures or bodies of requests.
 */
export type SignatureCheck = 'absent' | 'valid' | 'invalid' | 'not-checked'

export interface InspectedRequest {
  at: number
  method: string
  path: string
  status: number
  /** The result of checking X-Bunq-Client-Signature, whether or not bunq requires it here. */
  signature: SignatureCheck
  signatureRequired: boolean
  /** The error text was made up by the emulator (no public source shows bunq's wording, §8). */
  emulatorText: boolean
  errorText: string | null
  warnings: string[]
}

export interface WouldBeCallback {
  at: number
  target_url: string
  category: string
  /** The body bunq would POST, unsigned (§6.2, §10.6). */
  body: Record<string, unknown>
}

const LIMIT = 200

export class Inspector {
  readonly requests: InspectedRequest[] = []
  readonly callbacks: WouldBeCallback[] = []

  record(entry: InspectedRequest): void {
    this.requests.push(entry)
    if (this.requests.length > LIMIT) this.requests.shift()
  }

  callback(entry: WouldBeCallback): void {
    this.callbacks.push(entry)
    if (this.callbacks.length > LIMIT) this.callbacks.shift()
  }

  clear(): void {
    this.requests.length = 0
    this.callbacks.length = 0
  }
}
