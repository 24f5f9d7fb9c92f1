// Presenter mode masks every secret everywhere: exchange headers and bodies, the
// signature lab, SecretText (never revealable), IBANs as `NL** **** **** **12 34`, and a visible
// switch in the session bar on every page.
import { fireEvent, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import type { Exchange } from '../../src/bunq/exchange'
import { FAKE_API_KEY, FAKE_SESSION_TOKEN, FAKE_SIGNATURE } from '../support/fakes'
import { exchangeSecrets, maskIban, presenterExchange } from '../../src/ui/format'
import { renderApp } from './render-app'
import { exchangeFixture } from '../support/exchange-fixture'

const IBAN = 'NL12BUNQ2025000101'
const TOKEN = 'fake-token-for-this-test-ffffffffffffffffffffffffffffffffffff'
const SIGNATURE = 'RkFLRS10ZXN0LXNpZ25hdHVyZS1ub3QtcmVhbC1GQUtF'

function exchange(): Exchange {
  return exchangeFixture({
    id: '1',
    durationMs: 3,
    request: {
      method: 'POST',
      url: 'https://practice.bunq.invalid/v1/user/1/monetary-account/2/payment',
      headers: { 'X-Bunq-Client-Authentication': TOKEN, 'X-Bunq-Client-Signature': SIGNATURE },
      body: `{"counterparty_alias":{"type":"IBAN","value":"${IBAN}","name":"Fake"},"secret":"${FAKE_API_KEY}"}`,
    },
    response: {
      status: 200,
      headers: { 'X-Bunq-Server-Signature': SIGNATURE + 'x' },
      body: `{"Response":[{"Token":{"token":"${TOKEN}"}},{"note":"sandbox_fake… and abcd… •••• redacted"}]}`,
    },
    clientSignature: { bodySha256: 'ab'.repeat(32), byteLength: 10, signature: SIGNATURE },
  })
}

describe('presenter masking helpers', () => {
  test('an IBAN keeps its country and last four, grouped: NL** **** **** **12 34', () => {
    expect(maskIban('NL91BUNQ2025001234')).toBe('NL** **** **** **12 34')
    expect(maskIban('NL91 BUNQ 2025 0012 34')).toBe('NL** **** **** **12 34')
    expect(maskIban('NL9')).toBe('••••')
  })

  test('every secret header, known secret, redacted prefix and IBAN is masked', () => {
    const raw = exchange()
    expect(exchangeSecrets(raw)).toEqual(
      expect.arrayContaining([TOKEN, SIGNATURE, SIGNATURE + 'x', FAKE_API_KEY]),
    )
    const shown = presenterExchange(raw, exchangeSecrets(raw))
    const text = JSON.stringify(shown)
    for (const secret of [TOKEN, SIGNATURE, FAKE_API_KEY, IBAN, 'sandbox_fake', 'abcd…'])
      expect(text).not.toContain(secret)
    expect(shown.request.headers['X-Bunq-Client-Authentication']).toBe('••••')
    expect(shown.response?.headers['X-Bunq-Server-Signature']).toBe('••••')
    expect(shown.clientSignature?.signature).toBe('••••')
    expect(shown.request.body).toContain('NL** **** **** **01 01')
    // Nothing that is not secret is lost: the path and the byte facts stay readable.
    expect(shown.request.url).toBe(raw.request.url)
    expect(shown.clientSignature?.bodySha256).toBe(raw.clientSignature?.bodySha256)
  })
})

describe('presenter mode in the app', () => {
  test('the session bar switch turns it on and off on any page', async () => {
    const user = userEvent.setup()
    const { container, models } = renderApp('accounts', { scenario: 'signed-in' })
    const toggle = screen.getByRole('button', { name: 'Presenter' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(document.body.textContent).toContain('NL12 BUNQ 2025 0001 01')
    await user.click(toggle)
    expect(models.settings.presenter).toBe(true)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(container.querySelector('.app')).toHaveClass('presenter')
    expect(document.body.textContent).not.toContain('NL12 BUNQ 2025 0001 01')
    expect(document.body.textContent).toContain('NL** **** **** **01 01')
    await user.click(toggle)
    expect(models.settings.presenter).toBe(false)
  })

  test('a revealed secret is hidden again when presenter mode comes on, and stays hidden', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('onboarding', { scenario: 'signed-in' })
    for (const button of screen.getAllByRole('button', { name: 'Show the raw exchange' }))
      await fireEvent.click(button)
    const session = screen.getByRole('article', { name: /Open a session/ })
    await user.click(within(session).getByLabelText('Reveal secrets'))
    await user.click(within(session).getByRole('button', { name: 'Reveal client signature' }))
    expect(session.textContent).toContain(FAKE_SESSION_TOKEN)
    expect(session.textContent).toContain(FAKE_SIGNATURE)

    models.settings.setPresenter(true)
    await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.body.textContent).not.toContain(FAKE_SESSION_TOKEN)
    expect(document.body.textContent).not.toContain(FAKE_SIGNATURE)
    expect(document.body.textContent).not.toContain(FAKE_API_KEY)
    expect(document.body.textContent).not.toMatch(/sandbox_fake/)
    expect(screen.queryByLabelText('Reveal secrets')).toBeNull()

    // Leaving presenter mode does not bring the revealed secrets back by itself.
    models.settings.setPresenter(false)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.body.textContent).not.toContain(FAKE_SESSION_TOKEN)
    expect(document.body.textContent).not.toContain(FAKE_SIGNATURE)
  })
})
