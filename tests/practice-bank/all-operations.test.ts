import { describe, expect, it } from 'vitest'
import { catalogue } from '../../src/spec/catalogue'
import type { CatalogueOperation } from '../../src/spec/types'
import type { TestClient } from './support/client'
import { faces } from './support/faces'
import { makeTestCertificate, signLikePythonSdk } from './support/psd2-certificate'
import { emailOf, topUp } from './support/ledger'
import { UNKNOWN_ID, walkAll, type Fixture } from './support/walk'

// Every operation of bunq's spec against both faces, in dependency order (docs/decisions/0021).

/** 400s the walk meets on purpose, each with its reason. */
const EXPECTED_400: Record<string, string> = {
  'POST /user/{userID}/card-debit':
    'name_on_card must be one of the names card-name lists for the user; the walk sends a made-up one.',
}

/** Refusals the walk meets on purpose, each with its reason. */
const HAND_MADE =
  'A generic operation on an object a hand-made handler made: the generic engine sees only its own objects (docs/decisions/0021).'
const EXPECTED_404: Record<string, string> = {
  'GET /device-server/{itemId}': HAND_MADE,
  'GET /installation/{itemId}': HAND_MADE,
  'GET /user/{userID}/event/{itemId}': HAND_MADE,
  'PUT /user-person/{itemId}': HAND_MADE,
  'PUT /user-company/{itemId}': HAND_MADE,
  'PUT /user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{itemId}': HAND_MADE,
  'PUT /user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{itemId}': HAND_MADE,
  'PUT /user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{itemId}':
    HAND_MADE,
  'GET /user-company/{itemId}': 'The walking user is a person: its id names no company.',
  'GET /installation/{installationID}/server-public-key':
    'The walk made a second installation; a session reads only its own installation (docs/protocol.md §4.3).',
}

function fixtures(other: Record<string, unknown>, attachmentUuid: string, attachmentId: number) {
  const money = { value: '1.00', currency: 'EUR' }
  const entry = { amount: money, counterparty_alias: other, description: 'walk' }
  return (op: CatalogueOperation, c: TestClient): Fixture | undefined => {
    const tail = op.path.replace(
      /^\/user\/\{userID\}\/monetary-account\/\{monetary-accountID\}/,
      '',
    )
    if (op.path === '/installation' && op.method === 'POST')
      return { token: 'none', body: { client_public_key: c.keys.publicPem } }
    if (op.path === '/device-server' && op.method === 'POST')
      return {
        token: 'installation',
        body: { description: 'walk', secret: c.apiKey, permitted_ips: ['*'] },
      }
    if (op.path === '/session-server') return { token: 'installation', body: { secret: c.apiKey } }
    if (op.path === '/payment-service-provider-credential' && op.method === 'POST') {
      const cert = makeTestCertificate('Walk PISP AISP')
      return {
        token: 'installation',
        body: {
          client_payment_service_provider_certificate: cert.pem,
          client_payment_service_provider_certificate_chain: cert.pem,
          client_public_key_signature: signLikePythonSdk(
            cert.testOnlyPrivateKey,
            c.keys.publicPem,
            c.installationToken,
          ),
        },
      }
    }
    if (op.path.startsWith('/sandbox-user')) return { token: 'none' }
    if (op.path === '/avatar' && op.method === 'POST')
      return { body: { attachment_public_uuid: attachmentUuid } }
    if (op.path === '/user/{userID}/card-debit' && op.method === 'POST')
      return {
        body: {
          second_line: 'walk',
          name_on_card: 'Walk',
          type: 'MASTERCARD',
          product_type: 'MASTERCARD_DEBIT',
        },
      }
    if (
      /\/payment\/\{paymentID\}\/note-attachment(\/\{itemId\})?$/.test(op.path) &&
      op.method !== 'DELETE'
    )
      return { body: { attachment_id: attachmentId, description: 'walk' } }
    if (/\/note-text(\/\{itemId\})?$/.test(op.path) && op.method !== 'DELETE')
      return { body: { content: 'walk' } }
    if (op.path === '/user/{userID}/oauth-client/{itemId}' && op.method === 'PUT')
      return { body: { status: 'ACTIVE' } }
    if (/\/callback-url(\/\{itemId\})?$/.test(op.path) && ['POST', 'PUT'].includes(op.method))
      return { body: { url: 'https://example.invalid/callback' } }
    if (/\/notification-filter-(url|push)$/.test(op.path) && op.method === 'POST')
      return { body: { notification_filters: [] } }
    if (op.method === 'PUT') {
      if (tail === '/bunqme-tab/{itemId}') return { body: { status: 'CANCELLED' } }
      if (tail === '/draft-payment/{itemId}') return { body: { status: 'CANCELLED' } }
      if (tail === '/request-inquiry/{itemId}') return { body: { status: 'REVOKED' } }
      return undefined
    }
    if (op.method !== 'POST') return undefined
    switch (tail) {
      case '/payment':
        return { body: entry }
      case '/payment-batch':
        return { body: { payments: [entry] } }
      case '/draft-payment':
        return { body: { entries: [entry], number_of_required_accepts: 1 } }
      case '/request-inquiry':
        return {
          body: {
            amount_inquired: money,
            counterparty_alias: other,
            description: 'walk',
            allow_bunqme: false,
          },
        }
      case '/customer-statement':
        return {
          body: {
            statement_format: 'CSV',
            date_start: '2020-01-01',
            date_end: '2030-12-31',
            regional_format: 'UK_US',
          },
        }
      case '/bunqme-tab':
        return { body: { bunqme_tab_entry: { amount_inquired: money, description: 'walk' } } }
      case '/schedule-payment':
        return {
          body: {
            payment: entry,
            schedule: {
              time_start: '2030-01-01 00:00:00',
              recurrence_unit: 'ONCE',
              recurrence_size: 1,
            },
          },
        }
      case '/schedule-payment-batch':
        return {
          body: {
            payments: [entry],
            schedule: {
              time_start: '2030-01-01 00:00:00',
              recurrence_unit: 'ONCE',
              recurrence_size: 1,
            },
          },
        }
    }
    return undefined
  }
}

describe.each(faces(0))("every operation of bunq's spec (%s)", (name, face) => {
  it('answers each with a 200 that validates, or a documented error', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const d = await f.client().bootstrap()
    await topUp(c, '100')
    // An avatar is made from an uploaded image: the walk's own avatar create needs one's uuid.
    const image = await c.ok('POST', '/attachment-public', {
      body: 'walk image bytes',
      headers: { 'Content-Type': 'image/png', 'X-Bunq-Attachment-Description': 'walk' },
    })
    // A note-attachment points at a file uploaded to the account: the walk's notes need one's id.
    const file = await c.ok(
      'POST',
      `/user/${c.userId}/monetary-account/${c.accountId}/attachment`,
      {
        body: 'walk file bytes',
        headers: { 'Content-Type': 'image/png', 'X-Bunq-Attachment-Description': 'walk' },
      },
    )
    const outcomes = await walkAll(
      c,
      fixtures(await emailOf(d), image.json.Response[0].Uuid.uuid, file.json.Response[0].Id.id),
    )
    const ok = outcomes.filter((o) => o.status === 200 && o.problems.length === 0)
    const bad = outcomes.filter((o) => o.status === 200 && o.problems.length > 0)
    const errors = outcomes.filter((o) => o.status !== 200)
    console.log(
      `[${name}] ${outcomes.length} operations: ${ok.length} valid 200, ${bad.length} invalid 200, ${errors.length} errors; generic ${outcomes.filter((o) => o.emulation === 'generic').length}, semantic ${outcomes.filter((o) => o.emulation === 'semantic').length}`,
    )
    for (const o of bad)
      console.log(
        'INVALID',
        o.op.method,
        o.op.path,
        o.emulation,
        o.problems.slice(0, 3).join(' | '),
      )
    for (const o of errors)
      console.log('ERROR', o.status, o.op.method, o.op.path, o.emulation, o.error)
    expect(outcomes).toHaveLength(catalogue.operations.length)
    expect(bad.map((o) => `${o.op.method} ${o.op.path}: ${o.problems.join('; ')}`)).toEqual([])
    // Every refusal is bunq's 404 for an object that is not there, and is one of the documented
    // cases: an id the walk could not make, or one of EXPECTED_404 / EXPECTED_400 (each with its reason).
    for (const o of errors.filter((e) => !(`${e.op.method} ${e.op.path}` in EXPECTED_400)))
      expect([o.status, o.error]).toEqual([404, expect.stringMatching(/not found\.$/)])
    const unexplained = errors
      .filter(
        (o) =>
          !o.path.includes(UNKNOWN_ID) &&
          !(`${o.op.method} ${o.op.path}` in EXPECTED_404) &&
          !(`${o.op.method} ${o.op.path}` in EXPECTED_400),
      )
      .map((o) => `${o.op.method} ${o.op.path}`)
    expect(unexplained).toEqual([])
  }, 300_000)
})
