export interface ConsoleRequest {
  method: string
  /** Relative to the base URL, e.g. "/user/{userID}/monetary-account". */
  path: string
  /** The exact body text to sign and send ('' for none). */
  body: string
}

export type SnippetLanguage = 'curl' | 'typescript' | 'python'

export type ThemeChoice = 'system' | 'light' | 'dark'
