/**
 * In the session bar: a locked vault says so and links to the unlock form; ending
 * a session asks first; with no session but a registered device the bar opens one; an automatic
 * renewal of an expired session shows a notice that links to History.
 */
import { render, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import type { Exchange, ExchangeListener } from '../../src/bunq/exchange'
import { FakeVault } from '../support/fakes/fake-vault.svelte'
import { LiveSession } from '../../src/state/live/live-session.svelte'
import type { Workspace } from '../../src/state/live/workspace.svelte'
import { IDLE, type SessionModel } from '../../src/state/models'
import SessionBar from '../../src/ui/layout/SessionBar.svelte'
import { renderApp } from './render-app'

function exchange(method: string, path: string, status: number, errorCode: string | null) {
  return {
    request: { method, url: `https://practice.bunq.invalid/v1${path}`, headers: {}, body: '' },
    response: { status, headers: {}, body: '' },
    errorCode,
  } as unknown as Exchange
}

/** A workspace with no context whose exchange feed the test drives. */
function fakeWorkspace() {
  let listener: ExchangeListener = () => undefined
  const ws = {
    context: null,
    environment: 'SANDBOX',
    transport: { kind: 'practice' },
    now: () => 0,
    watch: (l: ExchangeListener) => ((listener = l), () => undefined),
  } as unknown as Workspace
  const emit = (e: Exchange) => listener({ redacted: e, raw: e })
  return { ws, emit }
}

describe('session bar', () => {
  test('a locked vault shows "Vault locked — Unlock", a link to the unlock form', () => {
    renderApp('accounts', { scenario: 'locked' })
    const bar = screen.getByRole('region', { name: 'Session' })
    expect(within(bar).getByRole('link', { name: 'Vault locked — Unlock' })).toHaveAttribute(
      'href',
      '#/start',
    )
    expect(within(bar).queryByText('No session')).toBeNull()
  })

  test('End session asks first; Cancel keeps the session, confirming ends it', async () => {
    const user = userEvent.setup()
    renderApp('accounts')
    const bar = screen.getByRole('region', { name: 'Session' })
    await user.click(within(bar).getByRole('button', { name: 'End session' }))
    const dialog = screen.getByRole('dialog', { name: 'End this session?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(within(bar).getByRole('button', { name: 'End session' })).toBeInTheDocument()
    await user.click(within(bar).getByRole('button', { name: 'End session' }))
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'End session' }),
    )
    expect(await within(bar).findByText('No session')).toBeInTheDocument()
  })

  test('no session but a registered device: "Open session" opens one', async () => {
    const user = userEvent.setup()
    const renew = vi.fn(async () => undefined)
    const session: SessionModel = {
      who: null,
      environment: 'SANDBOX',
      transport: { kind: 'practice' },
      expiresAt: null,
      action: IDLE,
      canOpen: true,
      notice: null,
      dismissNotice: () => undefined,
      renew,
      end: async () => undefined,
      lock: () => undefined,
    }
    render(SessionBar, { props: { session, vault: new FakeVault({ status: 'unlocked' }) } })
    await user.click(screen.getByRole('button', { name: 'Open session' }))
    expect(renew).toHaveBeenCalledOnce()
  })

  test('an expired session renewed by the client shows a notice linking to History', async () => {
    const user = userEvent.setup()
    const { ws, emit } = fakeWorkspace()
    const session = new LiveSession(ws, () => undefined)
    render(SessionBar, { props: { session, vault: new FakeVault({ status: 'unlocked' }) } })
    // An onboarding step that opens a session is not an automatic renewal.
    emit(exchange('POST', '/session-server', 200, null))
    expect(session.notice).toBeNull()
    emit(exchange('GET', '/user/1/monetary-account', 401, 'session-expired'))
    emit(exchange('POST', '/session-server', 200, null))
    const notice = await screen.findByRole('status')
    expect(notice).toHaveTextContent('Session had expired: renewed automatically — see History')
    expect(within(notice).getByRole('link', { name: 'see History' })).toHaveAttribute(
      'href',
      '#/history',
    )
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).toBeNull()
  })
})
