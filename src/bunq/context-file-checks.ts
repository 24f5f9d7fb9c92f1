/**
 * The checks a bunq.conf passes before anything in it is used (docs/protocol.md §13; what each
 * one guards against is in docs/security.md, "bunq.conf import"). Each names the field and says
 * what to do; nothing is stored until every check passed.
 */
import { BunqError } from '../errors'
import { rsaModulusBits } from '../crypto/rsa'
import { FILE_TOO_LARGE, MAX_CONTEXT_FILE_BYTES } from './context-file-limits'

export { MAX_CONTEXT_FILE_BYTES }

export class ContextFileError extends BunqError {
  constructor(message: string) {
    super(
      'context-file-invalid',
      message,
      'Nothing was imported. Fix the file or export it again from the SDK.',
    )
  }
}

/** The user object is stored with the context and shown; bunq's are a few kilobytes. */
export const MAX_USER_OBJECT_BYTES = 64 * 1024
/** bunq uses RSA-2048 (§4.2); 2,047 allows a modulus whose top bit happens to be clear. */
export const MIN_RSA_BITS = 2047

/** Leading U+FEFF: editors on Windows write one; the UI keeps it (TextDecoder ignoreBOM) so both paths strip it here. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function checkFileSize(text: string): void {
  // UTF-16 length is at most the UTF-8 length for BMP text, so test it before encoding at all.
  if (text.length > MAX_CONTEXT_FILE_BYTES || new Blob([text]).size > MAX_CONTEXT_FILE_BYTES) {
    throw new ContextFileError(FILE_TOO_LARGE)
  }
}

/**
 * C0/C1 controls, DEL, no-break and odd spaces, zero-width characters, bidi marks, overrides and
 * isolates, and U+FEFF: none belongs in an API key or token, and a CR LF in a token breaks every
 * later request header with a misleading message.
 */
const INVISIBLE: [number, number][] = [
  [0x0000, 0x001f],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
]

/** Index of the first invisible or control character, or -1. */
function firstInvisible(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (INVISIBLE.some(([from, to]) => code >= from && code <= to)) return i
  }
  return -1
}

/** For a key or token: no invisible or control character at all. */
export function checkVisible(value: string, path: string): string {
  const at = firstInvisible(value)
  if (at >= 0) {
    const code = value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')
    throw new ContextFileError(
      `${path} contains an invisible or control character at position ${at + 1} (U+${code}). ` +
        'Copy the value again from the SDK’s file, or export the file again.',
    )
  }
  return value
}

/** For a PEM: line ends (LF or CR LF) are part of the format; nothing else invisible is. */
export function checkPemText(value: string, path: string): string {
  checkVisible(value.replace(/\r?\n/g, ''), path)
  return value
}

export function checkKeyBits(key: CryptoKey, path: string): void {
  const bits = rsaModulusBits(key)
  if (bits < MIN_RSA_BITS) {
    throw new ContextFileError(`${path} is a ${bits}-bit RSA key; bunq needs at least 2048 bits.`)
  }
}

export function checkUserSize(user: Record<string, unknown>, path: string): void {
  if (new Blob([JSON.stringify(user)]).size > MAX_USER_OBJECT_BYTES) {
    throw new ContextFileError(
      `${path} is larger than 64 kB; bunq's user objects are a few kilobytes. Export the file again from the SDK.`,
    )
  }
}
