// The operation page's state (src/state/operation-console.svelte.ts): the request it builds from
// the catalogue, the checks that stop a send before anything goes out, ids offered from earlier
// answers, and how it reads the practice bank's answer to a route it does not emulate.
import { describe, expect, it } from 'vitest'
import type { Exchange, ExchangeEvent } from '../../src/bunq/exchange'
import { operationFor } from '../../src/spec/catalogue'
import type { ConsoleModel, ConsoleRequest, UiError } from '../../src/state/models'
import { OperationConsole } from '../../src/state/operation-console.svelte'
import { exchangeFixture } from '../support/exchange-fixture'

const ACCOUNT = '/user/{userID}/monetary-account/{monetary-accountID}'

/** A console that records what it is asked to send and answers with a scripted response. */
class ScriptedConsole implements ConsoleModel {
  sent: ConsoleRequest[] = []
  last: ExchangeEvent | null = null
  error: UiError | null = null
  sending = false
  placeholders: Record<string, string | null> = { userID: '7', 'monetary-accountID': '3' }
  constructor(private answer: (r: ConsoleRequest) => { status: number; body: unknown }) {}
  async send(request: ConsoleRequest) {
    this.sent.push(request)
    const { status, body } = this.answer(request)
    const exchange: Exchange = exchangeFixture({
      id: String(this.sent.length),
      durationMs: 1,
      request: {
        method: request.method,
        url: `https://practice.bunq.invalid/v1${request.path}`,
        headers: {},
        body: request.body,
      },
      response: { status, headers: {}, body: JSON.stringify(body) },
      errorCode: status === 200 ? null : 'not-found',
    })
    this.last = { redacted: exchange, raw: exchange }
    this.error =
      status === 200 ? null : ({ code: 'not-found', title: 'Not found', message: 'x' } as UiError)
  }
  async toCurl() {
    return 'curl'
  }
}

describe('OperationConsole', () => {
  it('fills {userID} and the account from the session and sends the exact body text', async () => {
    const model = new ScriptedConsole(() => ({
      status: 200,
      body: { Response: [{ Id: { id: 55 } }] },
    }))
    const ops = new OperationConsole(model)
    ops.pick(operationFor('POST', `${ACCOUNT}/bunqme-tab`)!)
    ops.body =
      '{"bunqme_tab_entry":{"amount_inquired":{"value":"1.00","currency":"EUR"},"description":"x"}}'
    expect(await ops.send()).toBe(true)
    expect(model.sent).toEqual([
      { method: 'POST', path: '/user/7/monetary-account/3/bunqme-tab', body: ops.body },
    ])
    expect(ops.result?.drift).toEqual({ checked: true, problems: [] })
  })

  it('offers the id of the tab just created on its Get operation (this context only)', async () => {
    const model = new ScriptedConsole(() => ({
      status: 200,
      body: { Response: [{ Id: { id: 55 } }] },
    }))
    const ops = new OperationConsole(model)
    ops.pick(operationFor('POST', `${ACCOUNT}/bunqme-tab`)!)
    await ops.send()
    ops.pick(operationFor('GET', `${ACCOUNT}/bunqme-tab/{itemId}`)!)
    expect(ops.idsFor('itemId')).toEqual([55])
    model.placeholders = { userID: '8', 'monetary-accountID': '4' }
    expect(ops.idsFor('itemId')).toEqual([])
  })

  it('sends nothing for an unfilled id, an id that is not a number, or a body that is not JSON', async () => {
    const model = new ScriptedConsole(() => ({ status: 200, body: { Response: [] } }))
    const ops = new OperationConsole(model)
    ops.pick(operationFor('GET', `${ACCOUNT}/bunqme-tab/{itemId}`)!)
    expect(ops.inputProblems.map((p) => p.message)).toEqual([
      '{itemId} is not filled in: type an id, or pick one seen in an earlier answer.',
    ])
    expect(await ops.send()).toBe(false)
    ops.params.itemId = '12abc'
    expect(ops.inputProblems[0].message).toBe(
      '{itemId} must be a number (bunq ids are whole numbers), not “12abc”.',
    )
    expect(await ops.send()).toBe(false)

    ops.pick(operationFor('POST', `${ACCOUNT}/bunqme-tab`)!)
    ops.body = '{"bunqme_tab_entry": '
    expect(ops.inputProblems[0].field).toBe('body')
    expect(ops.inputProblems[0].message).toMatch(/^The body is not valid JSON: /)
    expect(await ops.send()).toBe(false)

    model.placeholders = { userID: null, 'monetary-accountID': null }
    ops.pick(operationFor('GET', `${ACCOUNT}/payment`)!)
    expect(ops.inputProblems.map((p) => p.field)).toEqual(['userID', 'monetary-accountID'])
    expect(await ops.send()).toBe(false)
    expect(model.sent).toEqual([])
  })

  it('holds a body with schema problems until "send anyway", and adds paging to lists', async () => {
    const model = new ScriptedConsole(() => ({ status: 200, body: { Response: [] } }))
    const ops = new OperationConsole(model)
    ops.pick(operationFor('POST', `${ACCOUNT}/bunqme-tab`)!)
    ops.body = '{"bunqme_tab_entry":{"amount_inquired":{"value":1}}}'
    expect(ops.schemaProblems.map((p) => p.path)).toEqual([
      'bunqme_tab_entry.amount_inquired.value',
    ])
    expect(await ops.send()).toBe(false)
    ops.sendAnyway = true
    expect(await ops.send()).toBe(true)

    ops.pick(operationFor('GET', `${ACCOUNT}/payment`)!)
    ops.paging.count = '25'
    ops.paging.older_id = '900'
    expect(ops.request?.path).toBe('/user/7/monetary-account/3/payment?count=25&older_id=900')
    ops.paging.count = '500'
    expect(ops.inputProblems[0].message).toBe('count must be between 1 and 200 (bunq’s maximum).')
  })

  it('reads the practice bank’s 404 "Route not found." as an operation it does not emulate', async () => {
    const model = new ScriptedConsole(() => ({
      status: 404,
      body: {
        Error: [
          {
            error_description: 'Route not found.',
            error_description_translated: 'Route not found.',
          },
        ],
      },
    }))
    const ops = new OperationConsole(model)
    ops.pick(operationFor('GET', '/user/{userID}/card')!)
    await ops.send()
    expect(ops.result?.notEmulated).toBe(true)

    const other = new OperationConsole(
      new ScriptedConsole(() => ({
        status: 404,
        body: { Error: [{ error_description: 'Card not found.' }] },
      })),
    )
    other.pick(operationFor('GET', '/user/{userID}/card')!)
    await other.send()
    expect(other.result?.notEmulated).toBe(false)
  })
})
