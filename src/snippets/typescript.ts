/**
 * A request as a ready-to-run TypeScript (or plain JavaScript module) snippet: fetch + WebCrypto,
 * as the page itself does it. The user pastes their PKCS#8 private key; the snippet imports it,
 * signs the exact body bytes (RSASSA-PKCS1-v1_5 / SHA-256, docs/protocol.md §6.1) and sends those
 * same bytes. Runs in a browser console (where CORS allows) or as an ES module in Node 20+.
 * Secrets are placeholders unless `reveal` is set; the private key is always pasted by the user.
 */
import { practiceNote } from './practice-note'
import { authToken, bodyParts, plainHeaders } from './request'
import type { SnippetOptions, SnippetRequest } from './request'

const js = (text: string): string => JSON.stringify(text)

export function typescriptSnippet(request: SnippetRequest, options: SnippetOptions = {}): string {
  const reveal = options.reveal === true
  const token = authToken(request)
  const parts = bodyParts(request.body)
  const needsKey = !reveal && parts.some((part) => 'apiKey' in part)
  const signed = request.signature !== null
  const out: string[] = [`// bunq: ${request.method} ${new URL(request.url).pathname}`]
  const note = practiceNote(request.url)
  if (note) out.push(`// ${note}`)
  if (signed) {
    out.push(
      '// Paste the PKCS#8 private key whose public key you sent to POST /installation.',
      'const PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----',
      'PASTE YOUR PRIVATE KEY HERE',
      '-----END PRIVATE KEY-----`',
    )
  }
  if (token)
    out.push(
      `const TOKEN = ${reveal ? js(token) : "'PASTE_YOUR_TOKEN'"} // X-Bunq-Client-Authentication`,
    )
  if (needsKey) out.push("const API_KEY = 'PASTE_YOUR_API_KEY'")
  const bodyExpression = reveal
    ? js(request.body)
    : parts.map((part) => ('text' in part ? js(part.text) : 'API_KEY')).join(' + ') || "''"
  out.push(
    '',
    '// The exact bytes to sign and send: never re-serialise between the two.',
    `const body = ${bodyExpression}`,
    'const bytes = new TextEncoder().encode(body)',
  )
  if (signed) {
    out.push(
      '',
      "const der = Uint8Array.from(atob(PRIVATE_KEY_PEM.replace(/-----[A-Z ]+-----|\\s/g, '')), (c) => c.charCodeAt(0))",
      'const key = await crypto.subtle.importKey(',
      "  'pkcs8',",
      '  der,',
      "  { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },",
      '  false,',
      "  ['sign'],",
      ')',
      "const raw = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, bytes))",
      "const signature = btoa(Array.from(raw, (b) => String.fromCharCode(b)).join(''))",
    )
  }
  const headers = plainHeaders(request).map(([name, value]) => `    ${js(name)}: ${js(value)},`)
  if (token) headers.push('    "X-Bunq-Client-Authentication": TOKEN,')
  if (signed) headers.push('    "X-Bunq-Client-Signature": signature,')
  const sendsBody = request.body !== '' || !['GET', 'DELETE'].includes(request.method)
  out.push(
    '',
    `const response = await fetch(${js(request.url)}, {`,
    `  method: ${js(request.method)},`,
    '  headers: {',
    ...headers,
    '  },',
    ...(sendsBody ? ['  body: bytes,'] : []),
    '})',
    "console.log(response.status, response.headers.get('X-Bunq-Server-Signature'))",
    'console.log(await response.text())',
  )
  return `${out.join('\n')}\n`
}
