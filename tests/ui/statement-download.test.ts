// The "Download statement" form (docs/decisions/0028) over the sample accounts and a recording
// statements model: it sends what was chosen, refuses a last day before the first before
// sending, and hands the file it gets to the browser as a download.
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  IDLE,
  type ActionState,
  type StatementDownload,
  type StatementRequest,
  type StatementsModel,
} from '../../src/state/models'
import StatementDownloadForm from '../../src/ui/components/StatementDownload.svelte'
import { FakeAccounts } from '../support/fakes/fake-accounts.svelte'

class RecordingStatements implements StatementsModel {
  asked: StatementRequest[] = []
  state: ActionState = IDLE
  async download(request: StatementRequest): Promise<StatementDownload> {
    this.asked.push(request)
    return {
      fileName: 'statement-1-2026-01-01-2026-01-31.csv',
      contentType: 'text/csv',
      bytes: new TextEncoder().encode('"Date"\r\n'),
    }
  }
}

afterEach(() => vi.restoreAllMocks())

describe('Download statement form', () => {
  test('sends the chosen days and format and saves the file it gets', async () => {
    const user = userEvent.setup()
    const statements = new RecordingStatements()
    const created = vi.fn((_blob: Blob) => 'blob:statement')
    URL.createObjectURL = created as unknown as typeof URL.createObjectURL
    URL.revokeObjectURL = vi.fn()
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(StatementDownloadForm, { accounts: new FakeAccounts(), statements })
    const form = screen.getByRole('region', { name: 'Download statement' })
    await user.clear(within(form).getByLabelText('First day'))
    await user.type(within(form).getByLabelText('First day'), '2026-01-01')
    await user.clear(within(form).getByLabelText('Last day'))
    await user.type(within(form).getByLabelText('Last day'), '2026-01-31')
    await user.selectOptions(within(form).getByLabelText('Format'), 'CSV_EUROPEAN')
    await user.click(within(form).getByRole('button', { name: 'Download statement' }))
    expect(statements.asked).toEqual([
      { choice: 'CSV_EUROPEAN', start: '2026-01-01', end: '2026-01-31' },
    ])
    expect(clicked).toHaveBeenCalledOnce()
    const blob = created.mock.calls[0][0]
    expect(blob.type).toBe('text/csv')
    expect(await blob.text()).toBe('"Date"\r\n')
  })

  test('a last day before the first is refused before anything is sent', async () => {
    const user = userEvent.setup()
    const statements = new RecordingStatements()
    render(StatementDownloadForm, { accounts: new FakeAccounts(), statements })
    const form = screen.getByRole('region', { name: 'Download statement' })
    await user.clear(within(form).getByLabelText('First day'))
    await user.type(within(form).getByLabelText('First day'), '2026-02-10')
    await user.clear(within(form).getByLabelText('Last day'))
    await user.type(within(form).getByLabelText('Last day'), '2026-02-01')
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The last day is before the first day: choose a later last day.',
    )
    expect(within(form).getByRole('button', { name: 'Download statement' })).toBeDisabled()
    expect(statements.asked).toEqual([])
  })
})
