import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { inPage } from './support/faces'
import { accountPath, emailOf, topUp } from './support/ledger'

// Field names of the money operations' objects must exist in bunq's OpenAPI spec, when present.
// `id`, `created` and `updated` are allowed where the spec's Read object omits them (docs/
// decisions/0016: a list item must say which object it is).
// Beside the repository, or beside the folder of worktrees a repository may be checked out in.
const SWAGGER =
  ['../../../shared/bunq/swagger.json', '../../../../shared/bunq/swagger.json']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find((p) => existsSync(p)) ?? ''
const STAMP = ['id', 'created', 'updated']

describe.runIf(SWAGGER !== '')('money operations against swagger.json field names', () => {
  it('PaymentBatch, DraftPayment, SchedulePayment(Batch), Schedule, ScheduleInstance, BunqMeTab, MonetaryAccountSavings', async () => {
    const schemas = JSON.parse(readFileSync(SWAGGER, 'utf8')).components.schemas
    const unknown = (schema: string, object: Record<string, unknown>) =>
      Object.keys(object).filter((k) => !(k in schemas[schema].properties) && !STAMP.includes(k))
    const face = await inPage()
    const c = await face.client().bootstrap()
    const d = await face.client().bootstrap()
    await topUp(c, '100')
    const to = await emailOf(d)
    const entry = {
      amount: { value: '1', currency: 'EUR' },
      counterparty_alias: to,
      description: 'x',
    }
    const base = accountPath(c)
    const id = async (path: string, body: unknown) =>
      (await c.ok('POST', path, { body })).json.Response[0].Id.id
    const get = async (path: string) => (await c.ok('GET', path)).json.Response[0]
    const batch = await id(`${base}/payment-batch`, { payments: [entry] })
    const draft = await id(`${base}/draft-payment`, {
      entries: [entry],
      number_of_required_accepts: 1,
    })
    const when = { time_start: new Date().toISOString(), recurrence_unit: 'ONCE' }
    const sp = await id(`${base}/schedule-payment`, { payment: entry, schedule: when })
    const spb = await id(`${base}/schedule-payment-batch`, {
      payments: [entry, entry],
      schedule: when,
    })
    const tab = await id(`${base}/bunqme-tab`, {
      bunqme_tab_entry: { amount_inquired: entry.amount, description: 't' },
    })
    const savings = await id(`/user/${c.userId}/monetary-account-savings`, { description: 'S' })
    const instance = await get(`${base}/schedule/${sp}/schedule-instance`)

    const checks: [string, Record<string, unknown>][] = [
      ['PaymentBatchRead', (await get(`${base}/payment-batch/${batch}`)).PaymentBatch],
      ['DraftPaymentRead', (await get(`${base}/draft-payment/${draft}`)).DraftPayment],
      ['SchedulePaymentRead', (await get(`${base}/schedule-payment/${sp}`)).SchedulePayment],
      [
        'SchedulePaymentBatchRead',
        (await get(`${base}/schedule-payment-batch/${spb}`)).SchedulePaymentBatch,
      ],
      ['ScheduleRead', (await get(`${base}/schedule/${sp}`)).Schedule],
      ['ScheduleInstanceRead', instance.ScheduleInstance],
      ['BunqMeTabRead', (await get(`${base}/bunqme-tab/${tab}`)).BunqMeTab],
      [
        'MonetaryAccountSavingsRead',
        (await get(`/user/${c.userId}/monetary-account-savings/${savings}`)).MonetaryAccountSavings,
      ],
    ]
    for (const [schema, object] of checks) expect(unknown(schema, object), schema).toEqual([])
    const draftEntry = checks[1][1].entries as Record<string, unknown>[]
    expect(unknown('DraftPaymentEntry', draftEntry[0])).toEqual([])
    const tabEntry = checks[6][1].bunqme_tab_entry as Record<string, unknown>
    expect(unknown('BunqMeTabEntry', tabEntry)).toEqual([])
    expect(instance.ScheduleInstance.state).toBe('FINISHED_SUCCESSFULLY')
  })
})
