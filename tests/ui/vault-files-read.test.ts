// The bunq.conf file picker reads a file the way the importer reads a paste (docs/security.md,
// "bunq.conf import"): a leading byte order mark is handled by the importer for both, and a file
// over 1 MB is refused before it is read, with the importer's own words.
import { fireEvent, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { renderApp } from './render-app'
import { makeWorld, onboard } from './state/world'

async function setup() {
  const world = await makeWorld()
  await onboard(world.models)
  const text = (await world.models.vault.exportBunqConf(world.models.vault.activeId!))!
  renderApp('start', {}, { vault: world.models.vault })
  const card = screen.getByRole('region', { name: 'Context files' })
  return { world, text, card }
}

function choose(card: HTMLElement, file: File) {
  const input = within(card).getByLabelText('bunq.conf file') as HTMLInputElement
  return fireEvent.change(input, { target: { files: [file] } })
}

describe('bunq.conf file picker', () => {
  test('a file with a UTF-8 byte order mark imports like the same text pasted', async () => {
    const user = userEvent.setup()
    const { world, text, card } = await setup()
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    await choose(card, new File([bom], 'bunq.conf'))
    expect(await within(card).findByText('Using bunq.conf.')).toBeInTheDocument()
    await user.clear(within(card).getByLabelText('Name for the imported context'))
    await user.type(within(card).getByLabelText('Name for the imported context'), 'With BOM')
    await user.click(within(card).getByRole('button', { name: 'Import bunq.conf' }))
    expect(await within(card).findByText(/Imported “With BOM”/)).toBeInTheDocument()
    expect(world.models.vault.contexts.map((c) => c.name)).toContain('With BOM')
  })

  test('the same text pasted with its byte order mark imports too', async () => {
    const user = userEvent.setup()
    const { world, text, card } = await setup()
    await fireEvent.input(within(card).getByLabelText(/paste its contents/), {
      target: { value: `\ufeff${text}` },
    })
    await user.click(within(card).getByRole('button', { name: 'Import bunq.conf' }))
    expect(await within(card).findByText(/Imported “Imported context”/)).toBeInTheDocument()
    expect(world.models.vault.contexts).toHaveLength(2)
  })

  test('a file over 1 MB is refused before reading, in the importer’s words, and nothing is added', async () => {
    const { world, card } = await setup()
    const before = world.models.vault.contexts.length
    await choose(card, new File([new Uint8Array(1_000_001)], 'huge.conf'))
    const alert = await within(card).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The file is larger than 1 MB; a bunq.conf is a few kilobytes. Choose the file your SDK saved.',
    )
    expect(within(card).queryByText('Using huge.conf.')).toBeNull()
    expect(within(card).getByRole('button', { name: 'Import bunq.conf' })).toBeDisabled()
    expect(world.models.vault.contexts).toHaveLength(before)
  })
})
