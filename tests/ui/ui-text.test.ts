// What a newcomer reads (QA walk-through): no protocol-reference section numbers ("§9") in the
// UI text, and Settings does not send you to Settings to unlock production.
import { render, screen } from '@testing-library/svelte'
import { describe, expect, test } from 'vitest'
import type { PracticeBankModel } from '../../src/state/models'
import { ROUTES } from '../../src/state/router.svelte'
import PracticeSwitches from '../../src/ui/components/PracticeSwitches.svelte'
import { renderApp } from './render-app'

describe('ui text', () => {
  test.each(ROUTES.filter((route) => route !== 'lessons' && route !== 'cast'))(
    '%s shows no § section number',
    (route) => {
      const { container } = renderApp(route)
      expect(container.textContent ?? '').not.toMatch(/§\s*\d/)
    },
  )

  test('the practice bank switches explain without section numbers', () => {
    const controls = {
      ready: true,
      rateLimits: true,
      sugarDaddyDelayMs: 0,
      expiredSessionStatus: 401,
    } as PracticeBankModel
    const { container } = render(PracticeSwitches, { props: { controls } })
    expect(container.textContent).toMatch(/answers\s+429/)
    expect(container.textContent).not.toMatch(/§\s*\d/)
  })

  test('on Settings the locked production choice points to the card on the same page', () => {
    renderApp('settings')
    expect(
      screen.getByText(/Locked: unlock it first under “Production” on this page\./),
    ).toBeTruthy()
    expect(screen.queryByText(/in Settings first/)).toBeNull()
  })
})
