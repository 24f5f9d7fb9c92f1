/** Copy a prepared request as curl, TypeScript or Python (docs/protocol.md §6.1). */
import { curlSnippet } from './curl'
import { pythonSnippet } from './python'
import type { SnippetOptions, SnippetRequest } from './request'
import { typescriptSnippet } from './typescript'

export { curlSnippet, shellQuote } from './curl'
export { typescriptSnippet } from './typescript'
export { pythonSnippet } from './python'
export { snippetRequestFrom } from './request'
export type { SnippetOptions, SnippetRequest } from './request'

export type SnippetLanguage = 'curl' | 'typescript' | 'python'

/** One entry point for the UI's "copy as" menu. */
export function snippet(
  language: SnippetLanguage,
  request: SnippetRequest,
  options: SnippetOptions = {},
): string {
  if (language === 'curl') return curlSnippet(request, options)
  if (language === 'typescript') return typescriptSnippet(request, options)
  return pythonSnippet(request, options)
}
