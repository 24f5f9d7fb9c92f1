/**
 * A request prepared exactly as the pipeline would send it (same URL, headers and body bytes,
 * X-Bunq-Client-Signature over those bytes: bunq-protocol.md §5, §6.1) but not sent, turned into
 * a curl command by src/snippets. Secrets stay out of the command: the token and key come from
 * environment variables and the snippet re-signs the same body with openssl.
 */
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
  const auth = authTokenFor(input.method, input.path, context)
  // The vault's non-extractable key signs (house style 7), as it does for the real call.
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

export async function prepareCurl(workspace: Workspace, input: PreparedInput): Promise<string> {
  return curlSnippet(await prepareRequest(workspace, input))
}
