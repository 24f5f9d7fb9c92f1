/**
 * Error cards: the explainer's title and text lead, the internal code is small print
 * for support at the end, and a message that only repeats the explainer is not shown twice.
 */
import { render, screen, within } from '@testing-library/svelte'
import { beforeAll, describe, expect, test } from 'vitest'
import ErrorExplainer from '../../src/ui/components/ErrorExplainer.svelte'
import { ERROR_EXPLAINERS, explain } from '../../src/ui/error-explainers'
import { loadExplainers } from '../../src/ui/explainers-lazy.svelte'
import { repeatsExplainer } from '../../src/ui/error-text'

describe('error card', () => {
  beforeAll(() => loadExplainers())

  test('wrong passphrase: title and text once, no support code for a local error', async () => {
    render(ErrorExplainer, {
      props: {
        error: {
          code: 'wrong-passphrase',
          message: 'The passphrase is wrong.',
          hint: 'Nothing was changed. Try again.',
        },
      },
    })
    const card = screen.getByRole('alert')
    expect(within(card).getByText('Wrong passphrase').tagName).toBe('STRONG')
    expect(card).toHaveTextContent('That passphrase does not decrypt this vault.')
    expect(card).not.toHaveTextContent('The passphrase is wrong.')
    // The internal code is for tests only, never shown as text.
    expect(card).toHaveAttribute('data-code', 'wrong-passphrase')
    expect(card).not.toHaveTextContent('wrong-passphrase')
    expect(card).not.toHaveTextContent(/support/i)
  })

  test.each(Object.keys(ERROR_EXPLAINERS))(
    '%s without a response id: no support line, no code, no Markdown',
    (code) => {
      render(ErrorExplainer, { props: { error: { code, message: '' } } })
      const card = screen.getByRole('alert')
      expect(card).not.toHaveTextContent(/support/i)
      // One-word codes (timeout, maintenance) are ordinary words; hyphenated ones are not.
      if (code.includes('-')) expect(card).not.toHaveTextContent(code)
      expect(card.textContent).not.toContain('`')
      expect(card.querySelectorAll('p').length).toBeGreaterThanOrEqual(2)
    },
  )

  test('a bunq answer with a response id: exactly one support line, after what to do', () => {
    render(ErrorExplainer, {
      props: {
        error: {
          code: 'server-error',
          message: '',
          status: 500,
          bunqText: 'Internal error.',
          responseId: 'a1b2c3d4-0000-4000-8000-000000000001',
        },
      },
    })
    const card = screen.getByRole('alert')
    const lines = within(card).getAllByText(/support/i, { selector: 'dt' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toHaveTextContent('Response id for bunq support')
    expect(within(card).getByText('a1b2c3d4-0000-4000-8000-000000000001').tagName).toBe('DD')
    const text = card.textContent ?? ''
    expect(text.indexOf('What to do:')).toBeLessThan(text.indexOf('Response id for bunq support'))
    expect(card).not.toHaveTextContent('server-error')
  })

  test('a message with facts of its own is kept under the explainer', () => {
    const message = 'GET /v1/user/42/monetary-account/7 answered 404.'
    render(ErrorExplainer, { props: { error: { code: 'not-found', message } } })
    const card = screen.getByRole('alert')
    expect(within(card).getByText('Not found').tagName).toBe('STRONG')
    expect(within(card).getByText(message)).toBeInTheDocument()
  })
})

describe('repeatsExplainer', () => {
  const wrong = explain('wrong-passphrase')
  test('a message made of the explainer’s words repeats it', () => {
    expect(repeatsExplainer('The passphrase is wrong.', wrong)).toBe(true)
    expect(repeatsExplainer(wrong.what, wrong)).toBe(true)
    expect(repeatsExplainer('', wrong)).toBe(true)
  })
  test('a message with a word of its own does not', () => {
    expect(repeatsExplainer('The passphrase is wrong for vault 3.', wrong)).toBe(false)
    expect(repeatsExplainer('Quota exceeded.', wrong)).toBe(false)
  })
})

describe('explainer texts', () => {
  const texts = Object.entries(ERROR_EXPLAINERS).flatMap(([code, e]) =>
    [e.title, e.what, e.fix].map((text) => [code, text] as const),
  )

  test.each(texts)('%s: no raw Markdown in "%s"', (_code, text) => {
    expect(text).not.toContain('`')
  })

  test('no advice the page cannot know or that does not apply', () => {
    for (const [code, text] of texts) {
      // The browser cannot tell that the network is up, only that nothing answered.
      expect(text, code).not.toMatch(/network is up/i)
      // "Check the address/base URL" only as a conditional: the user may have typed none.
      if (/check the (base url|address)/i.test(text)) {
        expect(text, code).toMatch(/if you (entered|typed)[^.]*base url/i)
      }
      // Support is named once, by the card's response id line, only when bunq answered.
      expect(text, code).not.toMatch(/support|response id/i)
    }
  })
})
