/**
 * A request prepared exactly as the pipeline would send it (same URL, headers and body bytes,
 * X-Bunq-Client-Signature over those bytes: docs/protocol.md §5, §6.1) but not sent, turned into
 * a curl command by src/snippets. Secrets stay out of the command: the token and key come from
 * environment variables and the snippet re-signs the same body with openssl.
 */
import { NoContextError } from '../../bunq/errors'
import { authTokenFor, buildHeaders } from '../../bunq/headers'
import { isPreInstallation, joinUrl, type HttpMethod } from '../../bunq/paths'
import { utf8Encode } from '../../crypto/bytes'
import { signBytes } from '../../crypto/rsa'
import { curlSnippet, type SnippetRequest } from '../../snippets'
import type { Workspace } from './workspace.svelte'

export interface PreparedInput {
  method: HttpMethod
  /** Relative to the base URL, placeholders already filled. */
  path: string
  /** The exact body text ('' for none). */
  bodyText: string
}

/** The request exactly as the pipeline would send it, signed over `bodyText`, not sent. */
export async function prepareRequest(
  workspace: Workspace,
  input: PreparedInput,
): Promise<SnippetRequest> {
  const context = workspace.holder.get()
  const { subtle } = workspace.platform
  const auth = tokenFor(input, context)
  // The vault's non-extractable key signs (docs/architecture.md, "non-extractable keys"), as it does for the real call.
  const key = isPreInstallation(input.method, input.path) ? null : workspace.signingKey(context)
  const signature = key ? await signBytes(key, utf8Encode(input.bodyText), subtle) : null
  const headers = buildHeaders({
    requestId: workspace.platform.randomUUID(),
    authToken: auth.token,
    hasBody: input.bodyText !== '',
    signature,
  })
  const url = joinUrl(workspace.transportHandle().baseUrl, input.path)
  return { method: input.method, url, headers, body: input.bodyText, signature }
}

/**
 * The token the call needs. When no transport reaches bunq the earlier steps are run
 * with curl too, so the page may hold no token yet: the command reads it from $BUNQ_TOKEN either
 * way, so it is still exported, with the token slot marked.
 */
function tokenFor(input: PreparedInput, context: Parameters<typeof authTokenFor>[2]) {
  try {
    return authTokenFor(input.method, input.path, context)
  } catch (error) {
    if (!(error instanceof NoContextError)) throw error
    return { token: 'set-BUNQ_TOKEN-from-your-own-earlier-step' }
  }
}

export async function prepareCurl(workspace: Workspace, input: PreparedInput): Promise<string> {
  return curlSnippet(await prepareRequest(workspace, input))
}
