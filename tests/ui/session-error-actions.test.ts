/**
 * In the error card: a missing session names the real step and links to the
 * Onboarding page; a wrong answer signature offers Retry before any reinstall advice.
 */
import { render, screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { NoContextError } from '../../src/bunq/errors'
import ErrorExplainer from '../../src/ui/components/ErrorExplainer.svelte'

describe('error card actions', () => {
  test("'no-context' names the Onboarding step and links to #/onboarding", () => {
    const e = new NoContextError('a session', 'Open a session')
    render(ErrorExplainer, { props: { error: { code: e.code, message: e.message, hint: e.hint } } })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Run "Open a session" on the Onboarding page first.',
    )
    expect(screen.getByRole('link', { name: 'Go to the Onboarding page' })).toHaveAttribute(
      'href',
      '#/onboarding',
    )
  })

  test("'server-signature-invalid' offers Retry and no reinstall as the first advice", async () => {
    const onretry = vi.fn()
    const error = {
      code: 'server-signature-invalid',
      message: 'The response signature did not verify.',
      hint: 'Reinstall and try again.',
    }
    render(ErrorExplainer, { props: { error, onretry } })
    expect(screen.getByRole('alert')).not.toHaveTextContent('Reinstall and try again.')
    expect(screen.getByRole('alert')).toHaveTextContent('If it keeps failing')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }))
    expect(onretry).toHaveBeenCalledOnce()
  })
})
