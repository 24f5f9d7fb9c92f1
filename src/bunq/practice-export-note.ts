/**
 * What an export made on a practice bank must say (docs/protocol.md §13): its keys and tokens were
 * issued by a practice bank, so they work only there, and bunq's SDKs know only SANDBOX and
 * PRODUCTION. How to point each SDK at `npm run practice-bank` instead, as their sources allow:
 * the Python SDK builds every URL from `ApiEnvironmentType.SANDBOX.uri_base` (a property over
 * `_uri_base`), the PHP SDK from `ApiContext::determineBaseUri()` (public, and `restore` builds
 * `new static()`, so a subclass can override it). Plain text: the UI renders it as it likes.
 */
import type { BankBinding } from './bank'

/** True for contexts issued by a practice bank (in this page or a practice bank server). */
export function isPracticeBank(bank: BankBinding): boolean {
  return bank.kind === 'practice-in-page' || bank.kind === 'practice-server'
}

/** The base URL to give the SDKs: the server's own, or the default `npm run practice-bank` one. */
export function practiceSdkBaseUrl(
  bank: BankBinding,
  fallback = 'http://127.0.0.1:5055/v1',
): string {
  return bank.kind === 'practice-server' ? bank.baseUrl : fallback
}

/** The warning, in plain words, for a context of this (practice) bank. */
export function practiceExportWarning(bank: BankBinding): string {
  const only =
    'This context was made on a practice bank: its API key, key pair and tokens work only against the practice bank that issued them, never against bunq. bunq’s SDKs know only SANDBOX and PRODUCTION, so point them at the practice bank before restoring the file.'
  return bank.kind === 'practice-in-page'
    ? `${only} This one runs inside this page, where no SDK can reach it: start npm run practice-bank, choose its URL in Settings, onboard there and export that context instead.`
    : only
}

/** One line per SDK, with the exact statement to run before restoring the bunq.conf. */
export function practiceSdkSteps(baseUrl: string): { sdk: string; code: string }[] {
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  return [
    {
      sdk: 'Python (bunq_sdk), before ApiContext.restore("bunq.conf")',
      code: `ApiEnvironmentType.SANDBOX._uri_base = "${withSlash}"`,
    },
    {
      sdk: 'PHP (bunq/sdk_php): a subclass of ApiContext, then PracticeApiContext::restore("bunq.conf")',
      code: `class PracticeApiContext extends \\bunq\\Context\\ApiContext { public function determineBaseUri(): \\GuzzleHttp\\Psr7\\Uri { return new \\GuzzleHttp\\Psr7\\Uri("${withSlash}"); } }`,
    },
  ]
}
