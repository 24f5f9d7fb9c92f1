// The vault UI on the Start page in its states: protection choice (and where it is offered),
// contexts renamed and deleted behind a confirmation, typed wipe, export behind the plain-text
// warning (a Blob download), change passphrase errors beside the form, and a malformed bunq.conf
// pasted into the real vault naming its field and adding nothing.
import { fireEvent, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { PRODUCTION_BASE_URL } from '../../src/bunq/context'
import { renderApp } from './render-app'
import { makeWorld, onboard } from './state/world'

afterEach(() => vi.restoreAllMocks())

const vaultCard = () => screen.getByRole('region', { name: '2. Your vault' })

describe('vault UI', () => {
  test('practice bank: "this browser only" is offered, labelled, and creates an open vault', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start', { scenario: 'new' })
    const card = vaultCard()
    expect(within(card).getByText(/convenience, not protection/)).toBeInTheDocument()
    expect(within(card).getByLabelText('Passphrase')).toBeInTheDocument()
    await user.click(within(card).getByRole('radio', { name: /This browser only/ }))
    expect(within(card).queryByLabelText('Passphrase')).toBeNull()
    expect(card).toHaveTextContent(/anyone who can use this browser profile can open the vault/)
    await user.click(within(card).getByRole('button', { name: 'Create vault in this browser' }))
    expect(models.vault.status).toBe('unlocked')
    expect(models.vault.protection).toBe('browser')
    expect(await within(vaultCard()).findByText(/This browser only: no passphrase/)).toBeVisible()
  })

  test('production backend: a passphrase is the only choice', () => {
    renderApp('start', {
      scenario: 'new',
      settings: { transport: { kind: 'direct', baseUrl: PRODUCTION_BASE_URL } },
    })
    expect(within(vaultCard()).queryByRole('radio', { name: /This browser only/ })).toBeNull()
    expect(within(vaultCard()).getByLabelText('Repeat passphrase')).toBeInTheDocument()
  })

  test('rename, delete only after confirming, and a cancelled delete keeps the context', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start', { scenario: 'signed-in' })
    await models.vault.addContext('Company', 'SANDBOX')
    await user.click(await screen.findByRole('button', { name: 'Rename Sandbox person' }))
    const field = screen.getByLabelText('New name for Sandbox person')
    await user.clear(field)
    await user.type(field, 'Ada{Enter}')
    expect(models.vault.contexts.map((c) => c.name)).toEqual(['Ada', 'Company'])

    await user.click(await screen.findByRole('button', { name: 'Delete Company…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete Company?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(models.vault.contexts).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Delete Company…' }))
    await user.click(screen.getByRole('button', { name: 'Delete context' }))
    expect(models.vault.contexts.map((c) => c.name)).toEqual(['Ada'])
  })

  test('wipe needs the typed phrase', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start', { scenario: 'signed-in' })
    await user.click(screen.getByRole('button', { name: 'Wipe the vault…' }))
    const dialog = screen.getByRole('dialog', { name: 'Wipe the vault?' })
    const confirm = within(dialog).getByRole('button', { name: 'Wipe everything' })
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByLabelText(/to confirm/), 'delete everything')
    await user.click(confirm)
    expect(models.vault.status).toBe('empty')
    expect(models.vault.contexts).toHaveLength(0)
  })

  test('export warns that the file holds secrets in plain text, then downloads a Blob', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:fake-download'))
    URL.revokeObjectURL = vi.fn()
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download)
    })
    renderApp('start', { scenario: 'signed-in' })
    await user.click(screen.getByRole('button', { name: 'Export bunq.conf…' }))
    const dialog = screen.getByRole('dialog', { name: 'This file holds secrets in plain text' })
    expect(dialog).toHaveTextContent(/unencrypted/)
    expect(blobs).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Download' }))
    expect(clicked).toEqual(['sandbox-person.bunq.conf'])
    expect(await blobs[0].text()).toContain('sandbox_fake_not_a_real_key')
    expect(screen.getByText(/Saved sandbox-person\.bunq\.conf/)).toBeInTheDocument()
  })

  test('a wrong current passphrase shows beside the change form, nothing else changes', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start', { scenario: 'signed-in' })
    const card = screen.getByRole('region', { name: 'Protection' })
    await user.type(within(card).getByLabelText('Current passphrase'), 'not the one')
    await user.type(within(card).getByLabelText('New passphrase'), 'a long new one')
    await user.type(within(card).getByLabelText('Repeat new passphrase'), 'a long new one')
    await user.click(within(card).getByRole('button', { name: 'Change passphrase' }))
    expect(within(card).getByRole('alert')).toHaveAttribute('data-code', 'wrong-passphrase')
    expect(models.vault.error).toBeNull() // shown once, beside the form
    await user.click(within(card).getByRole('button', { name: 'Lock now' }))
    expect(models.vault.status).toBe('locked')
  })

  test('a malformed bunq.conf pasted into the real vault names the field and adds nothing', async () => {
    const user = userEvent.setup()
    const world = await makeWorld()
    await onboard(world.models)
    const conf = JSON.parse(
      (await world.models.vault.exportBunqConf(world.models.vault.activeId!))!,
    )
    conf.installation_context.private_key_client = 'not a key'
    renderApp('start', {}, { vault: world.models.vault })
    const card = screen.getByRole('region', { name: 'Context files' })
    await fireEvent.input(within(card).getByLabelText(/paste its contents/), {
      target: { value: JSON.stringify(conf) },
    })
    await user.click(within(card).getByRole('button', { name: 'Import bunq.conf' }))
    const alert = await within(card).findByRole('alert')
    expect(alert).toHaveAttribute('data-code', 'context-file-invalid')
    expect(alert).toHaveTextContent('installation_context.private_key_client')
    expect(world.models.vault.contexts).toHaveLength(1)
  })
})
