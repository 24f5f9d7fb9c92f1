/**
 * The fail-closed check that keeps a context's key and tokens with the bank that issued them
 * (docs/architecture.md, security stance; docs/decisions/0023). The pipeline runs it first, before
 * a key is loaded, a body signed or the transport called: a request whose target is not the
 * context's own bank never leaves the page, whatever transport the client was built with.
 */
import { bankEndpoint, bankLabel, isBankBinding } from './bank'
import type { ApiContext } from './context'
import { WrongBankError } from './errors'

function originAndPath(url: string): { origin: string; path: string } | null {
  try {
    const parsed = new URL(url)
    return { origin: parsed.origin, path: parsed.pathname.replace(/\/+$/, '') }
  } catch {
    return null
  }
}

/**
 * Throws WrongBankError unless the client's base URL is the context's bank endpoint AND the final
 * URL (after the browser's own resolution of `..` and the like) stays under it. A context that
 * does not say which bank it belongs to is refused too: no bank, no token.
 */
export function assertContextBank(context: ApiContext, clientBaseUrl: string, url: string): void {
  const target = originAndPath(url)
  const shown = target?.origin ?? 'an unreadable address'
  if (!isBankBinding(context.bank)) throw new WrongBankError('no recorded bank', shown)
  const home = originAndPath(bankEndpoint(context.bank))
  const base = originAndPath(clientBaseUrl)
  const same =
    home !== null &&
    base !== null &&
    target !== null &&
    base.origin === home.origin &&
    base.path === home.path &&
    target.origin === home.origin &&
    (target.path === home.path || target.path.startsWith(`${home.path}/`))
  if (!same) throw new WrongBankError(bankLabel(context.bank), shown)
}
