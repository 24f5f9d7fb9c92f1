// The main navigation keeps every link in the page (it wraps instead of clipping) and
// offers phones a real disclosure button; keyboard use and aria-current stay as they were.
import { fireEvent, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { tick } from 'svelte'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app'

describe('main navigation', () => {
  it('a Menu button opens and closes the list (aria-expanded, aria-controls, Escape)', async () => {
    const user = userEvent.setup()
    renderApp('console')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const menu = within(nav).getByRole('button', { name: /Menu/ })
    expect(menu).toHaveTextContent('Console') // says where you are while closed
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    const list = document.getElementById(menu.getAttribute('aria-controls') as string)
    expect(list?.tagName).toBe('UL')
    expect(list).not.toHaveClass('open')

    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    expect(list).toHaveClass('open')
    const link = within(list as HTMLElement).getByRole('link', { name: 'History' })
    link.focus()
    await fireEvent.keyDown(link, { key: 'Escape' })
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(document.activeElement).toBe(menu)
  })

  it('following a link or a route change closes the menu; aria-current follows', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('start')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const menu = within(nav).getByRole('button', { name: /Menu/ })
    await user.click(menu)
    const settings = within(nav).getByRole('link', { name: 'Settings' })
    expect(settings).toHaveAttribute('href', '#/settings')
    await user.click(settings)
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    await user.click(menu)
    router.navigate('settings') // back/forward or a typed URL
    await tick()
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveTextContent('Settings')
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(nav).getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current')
  })
})
