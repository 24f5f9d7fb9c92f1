import { base64ToBytes, bytesToHex, utf8Encode } from '../crypto/bytes'
import { RSA_ALGORITHM, verifyBytes } from '../crypto/rsa'
import type { Bank } from './bank'
import { badRequest } from './bank-error'
import type { InstallationData } from './state'

/**
 * The checks of POST /payment-service-provider-credential (docs/protocol.md §4.8). bunq's sandbox
 * does not validate the certificate itself (a self-signed one is fine), so neither do we: it must
 * be a readable X.509 certificate with an RSA key, the chain readable certificates, and the
 * signature must verify with the certificate's key over the installed public key PEM followed by
 * the installation token. Each refusal is a 400 naming its field and saying what to send instead.
 */
export const FIELD = {
  certificate: 'client_payment_service_provider_certificate',
  chain: 'client_payment_service_provider_certificate_chain',
  signature: 'client_public_key_signature',
} as const

export interface CheckedCertificate {
  /** The subject as `CN=..., C=...` (UserPaymentServiceProvider.certificate_distinguished_name). */
  subject: string
  commonName: string
  /** SHA-256 of the certificate's DER, hex. */
  sha256: string
}

/**
 * What the provider signs: the client public key PEM as installed, with LF line ends and ending in
 * one newline, then the installation token (sdk_python `create_for_psd2` joins them with "\n",
 * sdk_php appends the token to a PEM that already ends in a newline: the same bytes).
 */
export function psd2SignedText(publicKeyPem: string, installationToken: string): string {
  const pem = publicKeyPem.replace(/\r\n/g, '\n')
  return (pem.endsWith('\n') ? pem : `${pem}\n`) + installationToken
}

async function importRsa(bank: Bank, spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await bank.platform.subtle.importKey('spki', spki, RSA_ALGORITHM, false, ['verify'])
  } catch {
    throw badRequest(
      `The public key in ${FIELD.certificate} could not be read as an RSA key: make the certificate with an RSA key pair (openssl req -x509 -newkey rsa:2048 ...).`,
    )
  }
}

/** Why a signature that does not verify failed, when it is one of the usual mistakes. */
async function signatureHint(
  bank: Bank,
  key: CryptoKey,
  installation: InstallationData,
  token: string,
  signature: string,
): Promise<string> {
  const tries: [string, string][] = [
    [
      installation.clientPublicKeyPem.trimEnd() + token,
      ' It matches the PEM without its final newline: keep the newline between the key and the token.',
    ],
    [
      installation.clientPublicKeyPem,
      ' It covers the public key only: append the installation token.',
    ],
    [token, ' It covers the installation token only: put the public key PEM before it.'],
  ]
  for (const [text, hint] of tries) {
    if (await verifyBytes(key, utf8Encode(text), signature, bank.platform.subtle)) return hint
  }
  const installed = await bank.clientKey(installation.id)
  const text = utf8Encode(psd2SignedText(installation.clientPublicKeyPem, token))
  if (await verifyBytes(installed, text, signature, bank.platform.subtle)) {
    return " It was made with the installation's private key: sign with the certificate's private key."
  }
  return ''
}

export async function checkPsd2Request(
  bank: Bank,
  body: Record<string, unknown>,
  installation: InstallationData,
  token: string,
): Promise<CheckedCertificate> {
  // Loaded on the first PSD2 call only: the ASN.1 library is the heaviest part of this path.
  const x509 = await import('../crypto/certificate')
  let certificate
  try {
    certificate = x509.parseCertificatePem(String(body[FIELD.certificate]))
  } catch (error) {
    throw badRequest(
      `The field ${FIELD.certificate} is not an X.509 certificate in PEM format (${(error as Error).message}) Send the certificate's PEM text, its BEGIN and END CERTIFICATE lines included.`,
    )
  }
  if (certificate.keyAlgorithm !== x509.RSA_ENCRYPTION_OID) {
    throw badRequest(
      `The certificate in ${FIELD.certificate} does not hold an RSA public key: make it with an RSA key pair.`,
    )
  }
  const key = await importRsa(bank, certificate.spki)
  try {
    x509.parseCertificateChain(String(body[FIELD.chain]))
  } catch (error) {
    throw badRequest(
      `The field ${FIELD.chain} is not a list of PEM certificates (${(error as Error).message}) Send the intermediate and root certificates; in the sandbox the certificate itself will do.`,
    )
  }
  const signature = String(body[FIELD.signature])
  if (!base64ToBytes(signature)?.length) {
    throw badRequest(
      `The field ${FIELD.signature} is not base64: send the signature's base64 text.`,
    )
  }
  const signed = utf8Encode(psd2SignedText(installation.clientPublicKeyPem, token))
  if (!(await verifyBytes(key, signed, signature, bank.platform.subtle))) {
    const hint = await signatureHint(bank, key, installation, token, signature)
    throw badRequest(
      `The field ${FIELD.signature} does not verify with the certificate's public key. Sign, with the certificate's private key (RSA, SHA-256, PKCS #1 v1.5), the public key PEM sent to POST /installation, ending in a newline, followed by this installation token.${hint}`,
    )
  }
  const digest = await bank.platform.subtle.digest('SHA-256', certificate.der)
  return {
    subject: certificate.subject,
    commonName: certificate.commonName,
    sha256: bytesToHex(digest),
  }
}
