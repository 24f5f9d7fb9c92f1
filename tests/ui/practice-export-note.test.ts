/**
 * Exports from a practice-bank context say they work only against a practice bank and show the
 * exact statement that points bunq's Python and PHP SDKs at `npm run practice-bank`.
 */
import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, test } from 'vitest'
import PracticeExportNote from '../../src/ui/components/PracticeExportNote.svelte'
import { renderApp } from './render-app'
import { makeWorld, onboard } from './state/world'

describe('practice bank export note', () => {
  test('a practice bank server context: warning and both SDK statements with its URL', () => {
    render(PracticeExportNote, {
      props: { bank: { kind: 'practice-server', baseUrl: 'http://127.0.0.1:6001/v1' } },
    })
    const note = screen.getByRole('note', { name: 'Practice bank export' })
    expect(note).toHaveTextContent('Works only against a practice bank.')
    expect(note).toHaveTextContent('know only SANDBOX and PRODUCTION')
    const codes = within(note)
      .getAllByText((_, el) => el?.tagName === 'CODE')
      .map((el) => el.textContent)
    expect(codes).toEqual([
      'ApiEnvironmentType.SANDBOX._uri_base = "http://127.0.0.1:6001/v1/"',
      expect.stringContaining(
        'extends \\bunq\\Context\\ApiContext { public function determineBaseUri(): \\GuzzleHttp\\Psr7\\Uri { return new \\GuzzleHttp\\Psr7\\Uri("http://127.0.0.1:6001/v1/"); } }',
      ),
    ])
    expect(note.textContent).not.toContain('`')
  })

  test('the in-page practice bank: says no SDK can reach it, points at npm run practice-bank', () => {
    render(PracticeExportNote, { props: { bank: { kind: 'practice-in-page' } } })
    const note = screen.getByRole('note', { name: 'Practice bank export' })
    expect(note).toHaveTextContent('no SDK can reach it: start npm run practice-bank')
    expect(note).toHaveTextContent(
      'ApiEnvironmentType.SANDBOX._uri_base = "http://127.0.0.1:5055/v1/"',
    )
  })

  test('the dialog form is the warning alone', () => {
    render(PracticeExportNote, { props: { bank: { kind: 'practice-in-page' }, compact: true } })
    const note = screen.getByRole('note', { name: 'Practice bank export' })
    expect(note).toHaveTextContent('Works only against a practice bank.')
    expect(note.querySelector('code')).toBeNull()
  })

  test('contexts of bunq itself get no note', () => {
    render(PracticeExportNote, { props: { bank: { kind: 'bunq-sandbox' } } })
    render(PracticeExportNote, {
      props: { bank: { kind: 'bunq-production', relayUrl: 'http://127.0.0.1:8080' } },
    })
    expect(screen.queryByRole('note')).toBeNull()
  })

  test('the real vault: a context onboarded on the practice bank shows the note by its exports', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    renderApp('start', {}, { vault: world.models.vault })
    const card = await screen.findByRole('region', { name: 'Context files' })
    const note = await within(card).findByRole('note', { name: 'Practice bank export' })
    expect(note).toHaveTextContent('Works only against a practice bank.')
  })
})
