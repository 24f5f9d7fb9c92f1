/**
 * Error cards: the explainer's title and text lead, the internal code is small print
 * for support at the end, and a message that only repeats the explainer is not shown twice.
 */
import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, test } from 'vitest'
import ErrorExplainer from '../../src/ui/components/ErrorExplainer.svelte'
import { explain } from '../../src/ui/error-explainers'
import { repeatsExplainer } from '../../src/ui/error-text'

describe('error card', () => {
  test('wrong passphrase: title and text once, the code only as secondary support text', () => {
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
    const code = within(card).getByText('wrong-passphrase')
    expect(code.tagName).toBe('CODE')
    expect(code.closest('p')).toHaveTextContent('Code for support: wrong-passphrase')
    // Not in the heading line next to the title any more.
    expect(within(card).getByText('Wrong passphrase').parentElement).not.toHaveTextContent(
      'wrong-passphrase',
    )
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
