/**
 * A request as a Python snippet for bunq's own SDK (pip install bunq-sdk): restore the API context
 * from a bunq.conf the workbench exports (docs/protocol.md §13), then send the exact body bytes
 * through the SDK's generic ApiClient, which adds the token and signs those bytes itself
 * (bunq/sdk_python bunq/sdk/http/api_client.py: post/put take bytes, get takes params). The SDK
 * talks to the environment named in bunq.conf (SANDBOX or PRODUCTION), not to a relay or the
 * practice bank. An API key in the body is read from BUNQ_API_KEY unless `reveal` is set.
 */
import { practiceNoteForSdk } from './practice-note'
import { bodyParts, relativeEndpoint } from './request'
import type { SnippetOptions, SnippetRequest } from './request'

/** A Python str literal; JSON string syntax is valid Python for every escape JSON emits. */
const py = (text: string): string => JSON.stringify(text)

export function pythonSnippet(request: SnippetRequest, options: SnippetOptions = {}): string {
  const reveal = options.reveal === true
  const parts = bodyParts(request.body)
  const needsKey = !reveal && parts.some((part) => 'apiKey' in part)
  const endpoint = relativeEndpoint(request.url)
  const [path, query = ''] = endpoint.split('?')
  const method = request.method.toUpperCase()
  const body = reveal
    ? py(request.body)
    : parts
        .map((part) => ('text' in part ? py(part.text) : "os.environ['BUNQ_API_KEY']"))
        .join(' + ') || "''"
  const out = [
    `# bunq: ${method} /v1/${endpoint}, with bunq's Python SDK (pip install bunq-sdk).`,
    '# bunq.conf: export the context from the workbench (it holds the key and tokens; keep it private).',
    ...[practiceNoteForSdk(request.url)].filter((note) => note !== null).map((note) => `# ${note}`),
    ...(needsKey ? ['import os'] : []),
    ...(query && method === 'GET' ? ['from urllib.parse import parse_qsl'] : []),
    'from bunq.sdk.context.api_context import ApiContext',
    'from bunq.sdk.context.bunq_context import BunqContext',
    'from bunq.sdk.http.api_client import ApiClient',
    '',
    "api_context = ApiContext.restore('bunq.conf')",
    'api_context.ensure_session_active()',
    'BunqContext.load_api_context(api_context)',
    'client = ApiClient(api_context)',
    '',
  ]
  if (method === 'GET') {
    const params = query ? `dict(parse_qsl(${py(query)}))` : '{}'
    out.push(`response = client.get(${py(path)}, ${params}, {})`)
  } else if (method === 'DELETE') {
    out.push(`response = client.delete(${py(endpoint)}, {})`)
  } else {
    out.push(
      '# The exact bytes to send; the SDK signs exactly these.',
      `body = (${body}).encode('utf-8')`,
      `response = client.${method === 'PUT' ? 'put' : 'post'}(${py(endpoint)}, body, {})`,
    )
  }
  out.push("print(response.body_bytes.decode('utf-8'))")
  return `${out.join('\n')}\n`
}
