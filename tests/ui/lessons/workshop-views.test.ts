// The workshop views inside the real App (fake app models, real lessons on an in-process practice
// bank with a fake clock): catalogue, a lesson run to its end, presenter masking, the cast parts.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import App from '../../../src/App.svelte'
import type { Exchange } from '../../../src/bunq/exchange'
import { createFakeModels } from '../../support/fakes'
import { createWorkshop } from '../../../src/state/lessons-workshop.svelte'
import { Router, memoryLocation } from '../../../src/state/router.svelte'
import BothSides from '../../../src/ui/lessons/BothSides.svelte'
import CastMembers from '../../../src/ui/lessons/CastMembers.svelte'
import ExchangeRows from '../../../src/ui/lessons/ExchangeRows.svelte'
import { fakePlatform } from '../../bunq/helpers/fake-platform'
import { exchangeFixture } from '../../support/exchange-fixture'

function renderWorkshop(hash: string) {
  const platform = fakePlatform()
  const models = createFakeModels({ now: platform.now })
  const location = memoryLocation(hash)
  const workshop = createWorkshop(platform, { transport: () => ({ kind: 'practice' }), location })
  const router = new Router(location)
  render(App, { props: { models, router, workshop } })
  return { models, workshop, location }
}

const IBAN = 'NL12PRAC0000004242'
const SECRET = 'fake-secret-token-for-this-test-000000'

function exchange(): Exchange {
  return exchangeFixture({
    id: 'x1',
    durationMs: 1,
    request: {
      method: 'GET',
      url: 'https://practice.bunq.invalid/v1/user',
      headers: { 'X-Test': SECRET },
      body: '',
    },
    response: {
      status: 200,
      headers: {},
      body: JSON.stringify({ alias: [{ type: 'IBAN', value: IBAN }] }),
    },
  })
}

describe('workshop views', () => {
  it('lists the lessons as links and opens one from the hash', async () => {
    const { location } = renderWorkshop('#/lessons')
    const link = await screen.findByRole('link', { name: 'Paging through payments' })
    expect(link.getAttribute('href')).toBe('#/lessons/paging')
    location.set('#/lessons/paging')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Paging through payments' }),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start: run step 1' })).toBeTruthy()
  })

  it('runs a lesson to its end and shows every check passed', async () => {
    const { workshop } = renderWorkshop('#/lessons/first-payment')
    await fireEvent.click(await screen.findByRole('button', { name: 'Run to the end' }))
    await screen.findByText(/Lesson finished: every check passed\./, {}, { timeout: 15_000 })
    expect(workshop.lessons.run?.finished).toBe(true)
    expect(screen.getAllByText(/^Check passed:/)).toHaveLength(7)
    // A finished lesson says so instead of offering a disabled "Run step 7".
    expect(screen.getByRole('button', { name: 'Finished' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: /^Run step/ })).toBeNull()
  })

  it('the cast and lessons views have no presenter switch of their own (the header has it)', async () => {
    renderWorkshop('#/cast')
    await screen.findByRole('heading', { level: 1, name: 'The cast' })
    expect(screen.queryByRole('switch', { name: /Presenter mode/ })).toBeNull()
    expect(screen.queryByRole('checkbox', { name: /Presenter mode/ })).toBeNull()
  })

  it('masks IBANs and known secrets in exchanges only in presenter mode', () => {
    const rows = [{ actor: 'you', exchange: exchange() }]
    const shown = render(ExchangeRows, {
      props: { rows, presenter: false, secrets: () => [SECRET] },
    })
    expect(shown.container.textContent).toContain(IBAN)
    shown.unmount()
    const masked = render(ExchangeRows, {
      props: { rows, presenter: true, secrets: () => [SECRET] },
    })
    const text = masked.container.textContent ?? ''
    expect(text).not.toContain(IBAN)
    expect(text).not.toContain(SECRET)
    expect(text).toContain('NL** **** **** **42 42')
  })

  it('shows cast IBANs grouped, or mostly masked for a projector', () => {
    const members = [
      {
        name: 'Anna',
        kind: 'person' as const,
        userId: 1,
        displayName: 'Anna A',
        iban: IBAN,
        balance: '10.00',
      },
    ]
    const plain = render(CastMembers, { props: { members, presenter: false } })
    expect(plain.container.textContent).toContain('NL12 PRAC 0000 0042 42')
    plain.unmount()
    const masked = render(CastMembers, { props: { members, presenter: true } })
    expect(masked.container.textContent).not.toContain('0000 0042')
  })

  it('offers accept and reject to the payer of a pending request', async () => {
    const answers: string[] = []
    const requests = [
      {
        description: 'Lunch',
        amount: '5.00',
        asker: { name: 'Anna', id: 7, status: 'PENDING' },
        payer: { name: 'Bram', id: 8, status: 'PENDING' },
      },
    ]
    const view = render(BothSides, {
      props: {
        payments: [],
        requests,
        busy: false,
        onrespond: (i: number, a: string) => answers.push(`${i}:${a}`),
      },
    })
    const item = within(view.getByText('“Lunch”, 5.00 EUR').closest('li')!)
    await fireEvent.click(item.getByRole('button', { name: 'Bram accepts' }))
    await waitFor(() => expect(answers).toEqual(['0:ACCEPTED']))
    expect(item.getByText('Bram’s RequestResponse #8')).toBeTruthy()
  })
})
