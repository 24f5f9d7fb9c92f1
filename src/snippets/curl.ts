/**
 * A request as a ready-to-run curl command (bash). The body goes out with --data-binary in single
 * quotes, so every byte arrives as prepared: quotes, newlines, odd spacing and UTF-8 included
 * (bunq signs exact bytes, docs/protocol.md §6.1).
 *
 * With `reveal`, the real token and the signature computed in the page are inlined. Without it,
 * secrets come from environment variables and the signature is recomputed with openssl over the
 * same body bytes, so the command still works once the user sets BUNQ_TOKEN, BUNQ_API_KEY and
 * BUNQ_PRIVATE_KEY (a path to their PKCS#8 PEM). Bodies are text (JSON); binary uploads are out
 * of scope.
 */
import { practiceNote } from './practice-note'
import { authToken, bodyParts, plainHeaders } from './request'
import type { SnippetOptions, SnippetRequest } from './request'

/** POSIX single-quoting: the only character to escape inside '...' is ' itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

function bodyWord(request: SnippetRequest, reveal: boolean): string {
  if (reveal) return shellQuote(request.body)
  return bodyParts(request.body)
    .map((part) => ('text' in part ? shellQuote(part.text) : '"$BUNQ_API_KEY"'))
    .join('')
}

export function curlSnippet(request: SnippetRequest, options: SnippetOptions = {}): string {
  const reveal = options.reveal === true
  const token = authToken(request)
  const hasBody = request.body !== '' || !['GET', 'DELETE'].includes(request.method)
  const needsKey = !reveal && bodyParts(request.body).some((part) => 'apiKey' in part)
  const note = practiceNote(request.url)
  const lines: string[] = note ? [`# ${note}`] : []
  const args: string[] = [`curl -sS -i -X ${request.method} ${shellQuote(request.url)}`]
  for (const [name, value] of plainHeaders(request))
    args.push(`-H ${shellQuote(`${name}: ${value}`)}`)

  if (!reveal && (token || needsKey || request.signature)) {
    lines.push('# Set your own secrets first; they are not in this snippet:')
    if (token) lines.push("#   export BUNQ_TOKEN='…'  # X-Bunq-Client-Authentication")
    if (needsKey) lines.push("#   export BUNQ_API_KEY='…'")
    if (request.signature) {
      // The key in use is non-extractable; the one copy a user can hold is the exported bunq.conf.
      lines.push('#   export BUNQ_PRIVATE_KEY=./private.pem  # PKCS#8, signs the body')
      lines.push(
        '#   The key is in the bunq.conf you export (Start → Export bunq.conf…) as installation_context.private_key_client:',
      )
      lines.push(
        `#   python3 -c "import json; print(json.load(open('bunq.conf'))['installation_context']['private_key_client'])" > private.pem`,
      )
    }
  }
  if (token) {
    args.push(
      reveal
        ? `-H ${shellQuote(`X-Bunq-Client-Authentication: ${token}`)}`
        : '-H "X-Bunq-Client-Authentication: $BUNQ_TOKEN"',
    )
  }
  if (!reveal && (request.signature || hasBody)) {
    lines.push(`BODY=${bodyWord(request, false) || "''"}`)
  }
  if (request.signature) {
    if (reveal) {
      args.push(`-H ${shellQuote(`X-Bunq-Client-Signature: ${request.signature}`)}`)
    } else {
      lines.push(
        `SIGNATURE=$(printf '%s' "$BODY" | openssl dgst -sha256 -sign "$BUNQ_PRIVATE_KEY" | openssl base64 -A)`,
      )
      args.push('-H "X-Bunq-Client-Signature: $SIGNATURE"')
    }
  }
  if (hasBody) {
    // curl adds a form Content-Type of its own; an empty header sends none, as the page did.
    const typed = Object.keys(request.headers).some((name) => name.toLowerCase() === 'content-type')
    if (!typed) args.push("-H 'Content-Type:'")
    // --data-binary reads a file when the data starts with @; --data-raw never does.
    const flag = request.body.startsWith('@') ? '--data-raw' : '--data-binary'
    args.push(reveal ? `${flag} ${shellQuote(request.body)}` : `${flag} "$BODY"`)
  }
  lines.push(args.join(' \\\n  '))
  return `${lines.join('\n')}\n`
}
