// Presenter mode shows no prefix of any secret: not the `sandbox_136d…` of a step's
// result line, not the `5cde… •••• redacted` the redacted copy keeps, and it survives a reload
// (the setting is saved like the theme).
import { screen, within } from '@testing-library/svelte'
import { describe, expect, test } from 'vitest'
import { maskSecret } from '../../src/bunq/redact'
import type { OnboardingModel } from '../../src/state/models'
import { createFakeModels } from '../support/fakes'
import { Settings, memorySettingsStore } from '../../src/state/settings.svelte'
import { presenterText } from '../../src/ui/presenter-text'
import { renderApp } from './render-app'

const KEY = 'sandbox_fakefakefakefakefakefakefakefakefakefake0000'
const TOKEN = 'fa4e'.repeat(16)

describe('presenter text', () => {
  test('drops the prefixes the redacted copy keeps, and nothing else', () => {
    const redacted = `{"secret":"${maskSecret(KEY)}","token":"${maskSecret(TOKEN)}","id":42}`
    expect(redacted).toContain('sandbox_fake…')
    expect(redacted).toContain('fa4e… •••• redacted')
    expect(presenterText(redacted)).toBe('{"secret":"••••","token":"••••","id":42}')
    expect(presenterText(`API key received (${maskSecret(KEY)}).`)).toBe('API key received (••••).')
    expect(presenterText('Device "workbench" registered (#7).')).toBe(
      'Device "workbench" registered (#7).',
    )
  })

  test('in presenter mode an onboarding result line shows no prefix of the API key', () => {
    const fakes = createFakeModels({ scenario: 'signed-in', settings: { presenter: true } })
    const real = fakes.onboarding
    const line = `API key received (${maskSecret(KEY)}).`
    const steps = real.steps.map((s, i) => (i === 0 ? { ...s, result: line } : s))
    const onboarding = new Proxy(real, {
      get: (target, key) => (key === 'steps' ? steps : Reflect.get(target, key, target)),
    }) as OnboardingModel
    const { models } = renderApp('onboarding', {}, { ...fakes, onboarding })
    const first = screen.getByRole('article', { name: /Create a sandbox user/ })
    expect(models.settings.presenter).toBe(true)
    expect(within(first).getByText(/API key received/)).toHaveTextContent(
      'API key received (••••).',
    )
    expect(first.textContent).not.toContain('sandbox_fake')
  })
})

describe('presenter mode is a saved setting', () => {
  test('a new page load with the same store starts in presenter mode', () => {
    const store = memorySettingsStore()
    const probe = async () => null
    const before = new Settings(store, probe)
    expect(before.presenter).toBe(false)
    before.setPresenter(true)
    expect(new Settings(store, probe).presenter).toBe(true)
    before.setPresenter(false)
    expect(new Settings(store, probe).presenter).toBe(false)
  })
})
