// The Settings view's backend part: validated URLs, production behind the unlock, the
// diagnosis in plain words with the exact relay command and a one-click way back to the practice
// bank, and the start-up link's notes.
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import type { TransportConfig } from '../../src/bunq/context'
import { createFakeModels } from '../support/fakes'
import { Settings, memorySettingsStore } from '../../src/state/settings.svelte'
import { adviseOn } from '../../src/transport/advice'
import type { Diagnosis, DiagnosisCode } from '../../src/transport'
import SettingsView from '../../src/ui/views/SettingsView.svelte'
import { renderApp } from './render-app'

const ORIGIN = 'http://127.0.0.1:4173'

function setup(probe = async () => null) {
  const settings = new Settings(memorySettingsStore(), probe)
  const { vault } = createFakeModels({ scenario: 'new' })
  render(SettingsView, { props: { settings, vault } })
  return { settings, user: userEvent.setup() }
}

function diagnosisOf(code: DiagnosisCode, transport: TransportConfig): Diagnosis {
  const baseUrl = transport.kind === 'direct' ? transport.baseUrl : 'http://127.0.0.1:8787/v1'
  const kind = transport.kind === 'relay' ? 'relay' : 'direct'
  return {
    code,
    transport: kind,
    baseUrl,
    steps: [
      { check: 'cors-request', outcome: 'failed', seen: { kind: 'probe-refused' } },
      { check: 'no-cors-request', outcome: 'passed', seen: { kind: 'host-answers' } },
    ],
    pageOrigin: ORIGIN,
    ...adviseOn(code, kind, baseUrl, ORIGIN),
  }
}

describe('settings: backend', () => {
  test('a typed base URL is checked as typed and stored normalised', async () => {
    const { settings, user } = setup()
    await user.click(screen.getByRole('radio', { name: /Custom base URL/ }))
    const input = screen.getByRole('textbox', { name: 'Base URL' })
    const use = screen.getByRole('button', { name: 'Use this URL' })
    await user.type(input, 'ftp://127.0.0.1:5055')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText(/plain http\(s\) URL/)).toBeInTheDocument()
    expect(use).toBeDisabled()
    await user.clear(input)
    await user.type(input, 'http://user:pw@127.0.0.1:5055')
    expect(use).toBeDisabled()
    await user.clear(input)
    await user.type(input, 'http://127.0.0.1:5055/')
    await user.click(use)
    expect(settings.transport).toEqual({ kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' })
  })

  test('a relay URL is stored without /v1 (the transport adds it)', async () => {
    const { settings, user } = setup()
    await user.click(screen.getByRole('radio', { name: /^Relay/ }))
    const input = screen.getByRole('textbox', { name: 'Relay URL' })
    await user.clear(input)
    await user.type(input, 'http://127.0.0.1:9999/v1')
    await user.click(screen.getByRole('button', { name: 'Use this relay' }))
    expect(settings.transport).toEqual({ kind: 'relay', relayUrl: 'http://127.0.0.1:9999' })
  })

  test('bunq production can be chosen only once production is unlocked', async () => {
    const { settings, user } = setup()
    const production = screen.getByRole('radio', { name: /bunq production/ })
    expect(production).toBeDisabled()
    settings.unlockProduction()
    await user.click(await screen.findByRole('radio', { name: /bunq production/ }))
    expect(settings.transport).toEqual({ kind: 'direct', baseUrl: 'https://api.bunq.com/v1' })
  })

  test('choosing a live backend checks it at once', async () => {
    let probed = 0
    const { user } = setup(async () => {
      probed++
      return null
    })
    await user.click(screen.getByRole('radio', { name: /bunq sandbox \(direct\)/ }))
    expect(probed).toBe(1)
    expect(await screen.findByText('The backend answered.')).toBeInTheDocument()
  })

  test('a CORS diagnosis: not a bunq error, what was tried, the relay command, back to practice', async () => {
    const { settings, user } = setup()
    const direct: TransportConfig = { kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' }
    settings.setTransport(direct)
    settings.showDiagnosis(direct, diagnosisOf('cors-blocked', direct))
    const panel = await screen.findByRole('alert', { name: 'Connection diagnosis' })
    expect(panel).toHaveTextContent('Blocked by the browser’s cross-origin rules: not a bunq error')
    expect(panel).toHaveTextContent('no bunq error text or response id')
    const tried = within(panel).getAllByRole('listitem')
    expect(tried[0]).toHaveTextContent('Failed')
    expect(tried[1]).toHaveTextContent('Passed')
    expect(within(panel).getByLabelText('Relay command')).toHaveTextContent(
      `npm run relay -- --target http://127.0.0.1:5055 --allow-origin ${ORIGIN}`,
    )
    await user.click(within(panel).getByRole('button', { name: 'Use the practice bank' }))
    expect(settings.transport).toEqual({ kind: 'practice' })
    expect(screen.queryByRole('alert', { name: 'Connection diagnosis' })).toBeNull()
    expect(screen.getByRole('radio', { name: /Practice bank/ })).toBeChecked()
  })

  test('a relay refusing this origin names the --allow-origin fix', async () => {
    const { settings } = setup()
    const relay: TransportConfig = { kind: 'relay', relayUrl: 'http://127.0.0.1:8787' }
    settings.setTransport(relay)
    settings.showDiagnosis(relay, diagnosisOf('cors-blocked', relay))
    const panel = await screen.findByRole('alert', { name: 'Connection diagnosis' })
    expect(panel).toHaveTextContent('Restart the relay so that it allows this page')
    expect(within(panel).getByLabelText('Relay command')).toHaveTextContent(
      `--allow-origin ${ORIGIN}`,
    )
  })

  test('the link notes are shown', async () => {
    const { settings } = setup()
    settings.applyLink({
      config: null,
      production: false,
      removed: ['token'],
      problems: ['Removed token from the link: secrets never belong in a URL.'],
      cleanSearch: '',
    })
    expect(await screen.findByText(/Removed token from the link/)).toBeInTheDocument()
  })
})

describe('the diagnosis follows the user', () => {
  test('a failed live call shows the diagnosis above any view, once, until the practice bank is chosen', async () => {
    const user = userEvent.setup()
    const { models, router } = renderApp('api-key')
    const direct: TransportConfig = {
      kind: 'direct',
      baseUrl: 'https://public-api.sandbox.bunq.com/v1',
    }
    models.settings.setTransport(direct)
    ;(models.settings as Settings).showDiagnosis(direct, diagnosisOf('cors-blocked', direct))
    const banner = await screen.findByRole('alert', { name: 'Connection diagnosis' })
    expect(banner).toHaveTextContent('not a bunq error')
    expect(within(banner).getByText('What we tried').closest('details')).not.toHaveAttribute('open')
    router.navigate('settings')
    expect(await screen.findAllByRole('alert', { name: 'Connection diagnosis' })).toHaveLength(1)
    router.navigate('onboarding')
    await screen.findByRole('heading', { name: 'Onboarding', level: 1 })
    const again = await screen.findByRole('alert', { name: 'Connection diagnosis' })
    await user.click(within(again).getByRole('button', { name: 'Use the practice bank' }))
    expect(models.settings.transport).toEqual({ kind: 'practice' })
    expect(screen.queryByRole('alert', { name: 'Connection diagnosis' })).toBeNull()
  })
})
