// Cast members carry names that match their roles, the view says the cast has its own
// practice bank, and "Start over with a new cast" is a secondary button behind a confirmation.
import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import App from '../../src/App.svelte'
import { createFakeModels } from '../support/fakes'
import { createWorkshop } from '../../src/state/lessons-workshop.svelte'
import { Router, memoryLocation } from '../../src/state/router.svelte'
import { fakePlatform } from '../bunq/helpers/fake-platform'

function renderCast() {
  const platform = fakePlatform()
  const models = createFakeModels({ now: platform.now })
  const location = memoryLocation('#/cast')
  const workshop = createWorkshop(platform, { transport: () => ({ kind: 'practice' }), location })
  render(App, { props: { models, router: new Router(location), workshop } })
  return workshop
}

describe('cast view', () => {
  it('names members by role, says whose bank it is, and confirms before starting over', async () => {
    const { cast } = renderCast()
    expect(
      await screen.findByText('The cast has its own practice bank, separate from yours.'),
    ).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Create the cast' }))
    await screen.findByText(/each have a session and 200.00 EUR/, {}, { timeout: 15_000 })
    expect(cast.members.map((m) => m.displayName)).toEqual([
      'Anna de Vries',
      'Bram Jansen',
      'Acme B.V.',
    ])
    const anna = document.querySelector('[data-member="Anna"]') as HTMLElement
    expect(anna.textContent).toContain('Anna de Vries')

    const again = screen.getByRole('button', { name: 'Start over with a new cast' })
    expect(again.classList.contains('primary')).toBe(false)
    const before = cast.members.map((m) => m.userId)
    await fireEvent.click(again)
    const dialog = await screen.findByRole('dialog', { name: 'Start over with a new cast?' })
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(cast.members.map((m) => m.userId)).toEqual(before) // nothing was remade
    expect(cast.action.status).toBe('done')
  }, 30_000)
})
