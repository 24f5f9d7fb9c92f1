import { createSign, randomBytes } from 'node:crypto'
import type { TestClient } from './client'
import type { Fetcher } from './client'

/**
 * Attachment uploads for the contract suite (docs/decisions/0016, "attachments"): raw bytes sent
 * as they are (no text round trip), signed with node:crypto over those bytes unless told otherwise.
 */

/** A PNG signature followed by bytes that are not UTF-8, so any text decoding would show. */
export function imageBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0xc3]),
    randomBytes(4096),
  ])
}

export function signBytes(c: TestClient, bytes: Buffer): string {
  return createSign('sha256').update(bytes).sign(c.keys.privateKey, 'base64')
}

export const IMAGE = {
  'Content-Type': 'image/png',
  'X-Bunq-Attachment-Description': 'A practice avatar',
}

/** POSTs `bytes` to `path` with the session token and the given headers. */
export async function upload(
  c: TestClient,
  fetch: Fetcher,
  bytes: Buffer,
  headers: Record<string, string>,
  signature: string | null = signBytes(c, bytes),
  path = '/attachment-public',
) {
  const all: Record<string, string> = {
    'Cache-Control': 'no-cache',
    'X-Bunq-Client-Authentication': c.sessionToken,
    ...headers,
  }
  if (signature !== null) all['X-Bunq-Client-Signature'] = signature
  const response = await fetch(path, { method: 'POST', headers: all, body: new Uint8Array(bytes) })
  return { status: response.status, json: await response.json(), headers: response.headers }
}
