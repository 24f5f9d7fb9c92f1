import type { Plugin } from 'vite'
import { buildCsp, type CspOptions } from './csp.ts'

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i

/**
 * A Vite plugin that writes the Content-Security-Policy into the built index.html right after
 * `<meta charset>`, ahead of every stylesheet, manifest link and script, so it governs them all.
 * Build only: the dev server injects inline styles for hot reload.
 *
 * A meta policy cannot carry frame-ancestors, report-uri or sandbox; hosts that can set
 * headers should send the same policy plus `frame-ancestors 'none'` (docs/deploy.md).
 */
export function cspPlugin(options: CspOptions = {}): Plugin {
  const policy = buildCsp(options)
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
  return {
    name: 'bunq-workbench:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/http-equiv="Content-Security-Policy"/i.test(html)) {
          throw new Error('index.html already has a CSP meta tag; the build owns it')
        }
        if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset> first in <head>')
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`)
      },
    },
  }
}
