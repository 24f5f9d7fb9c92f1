/**
 * The smallest DER needed to turn a PKCS#1 RSAPrivateKey into PKCS#8 (WebCrypto reads only PKCS#8)
 * and an RSAPublicKey into SPKI. bunqJSClient and older tools write PKCS#1 (docs/protocol.md §13.4).
 */
import { concatBytes } from './bytes'

// AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }
const RSA_ALGORITHM_ID = new Uint8Array([
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
])

function derLength(length: number): Uint8Array {
  if (length < 0x80) return new Uint8Array([length])
  const bytes: number[] = []
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff)
  return new Uint8Array([0x80 | bytes.length, ...bytes])
}

function derElement(tag: number, content: Uint8Array): Uint8Array {
  return concatBytes(new Uint8Array([tag]), derLength(content.length), content)
}

/** PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING { RSAPrivateKey } } */
export function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const version = new Uint8Array([0x02, 0x01, 0x00])
  return derElement(
    0x30,
    concatBytes(version, RSA_ALGORITHM_ID, derElement(0x04, pkcs1)),
  ) as Uint8Array<ArrayBuffer>
}

/** SubjectPublicKeyInfo ::= SEQUENCE { rsaEncryption, BIT STRING { RSAPublicKey } } */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const bitString = derElement(0x03, concatBytes(new Uint8Array([0x00]), pkcs1))
  return derElement(0x30, concatBytes(RSA_ALGORITHM_ID, bitString)) as Uint8Array<ArrayBuffer>
}
