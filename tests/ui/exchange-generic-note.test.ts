import { render, screen } from '@testing-library/svelte'
import { expect, test } from 'vitest'
import type { Exchange } from '../../src/bunq/exchange'
import ExchangeView from '../../src/ui/components/ExchangeView.svelte'
import { exchangeFixture } from '../support/exchange-fixture'

// The exchange view tells a generic answer of the practice bank from bunq's semantics: it reads the
// bank's X-Practice-Bank-Emulation header (docs/decisions/0021-generic-engine.md), whatever its case.

function exchangeWith(headers: Record<string, string>): Exchange {
  return exchangeFixture({
    id: 'x1',
    durationMs: 3,
    request: { method: 'GET', url: '/v1/user/1/card-name', headers: {}, body: '' },
    response: { status: 200, headers, body: '{"Response":[]}' },
  })
}

test('a generic answer carries the note, in any header case', () => {
  render(ExchangeView, {
    props: { exchange: exchangeWith({ 'x-practice-bank-emulation': 'generic' }) },
  })
  expect(screen.getByRole('note')).toHaveTextContent(/Generic emulation/)
})

test('a semantic answer, or one from another bank, carries no note', () => {
  const semantic = render(ExchangeView, {
    props: { exchange: exchangeWith({ 'X-Practice-Bank-Emulation': 'semantic' }) },
  })
  expect(screen.queryByText(/Generic emulation/)).toBeNull()
  semantic.unmount()
  render(ExchangeView, {
    props: { exchange: exchangeWith({ 'Content-Type': 'application/json' }) },
  })
  expect(screen.queryByText(/Generic emulation/)).toBeNull()
})
