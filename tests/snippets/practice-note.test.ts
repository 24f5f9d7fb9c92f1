// Snippets copied from the in-page practice bank say that its host is the emulator and how to
// replay the call; snippets for any other host carry no such note.
import { describe, expect, it } from 'vitest'
import { PRACTICE_BASE_URL, SANDBOX_BASE_URL } from '../../src/bunq/context'
import { snippet, type SnippetLanguage } from '../../src/snippets'
import type { SnippetRequest } from '../../src/snippets/request'

const request = (base: string): SnippetRequest => ({
  method: 'POST',
  url: `${base}/user/1/monetary-account/2/payment`,
  headers: { 'Content-Type': 'application/json' },
  body: '{"amount":{"value":"1.00","currency":"EUR"}}',
  signature: 'fake-signature',
})

const COMMENT: Record<SnippetLanguage, string> = { curl: '# ', typescript: '// ', python: '# ' }

describe('practice bank note in snippets', () => {
  for (const language of ['curl', 'typescript', 'python'] as const) {
    it(`${language}: one comment line naming the emulator and the local server to replay on`, () => {
      const lines = snippet(language, request(PRACTICE_BASE_URL)).split('\n')
      const notes = lines.filter((line) => line.includes('in-page practice bank'))
      expect(notes).toHaveLength(1)
      expect(notes[0].startsWith(COMMENT[language])).toBe(true)
      expect(notes[0]).toContain('practice.bunq.invalid')
      expect(notes[0]).toContain('npm run practice-bank -- --port 5055')
      expect(notes[0]).toContain('http://127.0.0.1:5055/v1')
    })

    it(`${language}: no note for the sandbox`, () => {
      const text = snippet(language, request(SANDBOX_BASE_URL))
      expect(text).not.toContain('practice bank')
      expect(text).not.toContain('5055')
    })
  }

  it('curl and TypeScript also name the real sandbox as the other way to replay', () => {
    for (const language of ['curl', 'typescript'] as const)
      expect(snippet(language, request(PRACTICE_BASE_URL))).toContain(SANDBOX_BASE_URL)
  })
})
