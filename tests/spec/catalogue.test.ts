// The typed loader over the committed catalogue (src/spec/catalogue.ts): counts, names, parameters,
// body kinds and $ref resolution, checked against what bunq's reference says of those operations
// (docs/protocol.md §10, §14).
import { describe, expect, it } from 'vitest'
import {
  catalogue,
  definition,
  matchOperation,
  operationFor,
  resolveSchema,
} from '../../src/spec/catalogue.ts'

const BUNQME = '/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab'

describe('operation catalogue', () => {
  it('counts 480 operations on 271 paths, as the header says, with unique ids', () => {
    expect(catalogue.operations).toHaveLength(480)
    expect(catalogue.header.operationCount).toBe(480)
    expect(catalogue.header.pathCount).toBe(271)
    expect(new Set(catalogue.operations.map((op) => op.id)).size).toBe(480)
    expect(catalogue.header.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('names operations from method and path: Create bunqme-tab, List payment, Get/Update card', () => {
    expect(operationFor('POST', BUNQME)?.name).toBe('Create bunqme-tab')
    expect(operationFor('GET', BUNQME)?.name).toBe('List bunqme-tab')
    expect(
      operationFor('GET', '/user/{userID}/monetary-account/{monetary-accountID}/payment')?.name,
    ).toBe('List payment')
    const cards = catalogue.operations.filter((op) => op.path === '/user/{userID}/card/{itemId}')
    expect(cards.map((op) => op.name).sort()).toEqual(['Get card', 'Update card'])
  })

  it('keeps path parameters, list paging and the reference link', () => {
    const create = operationFor('POST', BUNQME)!
    expect(create.pathParams.map((p) => p.name)).toEqual(['userID', 'monetary-accountID'])
    expect(create.pathParams.every((p) => p.type === 'integer' && p.required)).toBe(true)
    expect(create.paging).toBe(false)
    expect(operationFor('GET', BUNQME)!.paging).toBe(true)
    expect(create.reference).toBe(
      'https://doc.bunq.com/#/bunqme-tab/CREATE_BunqmeTab_for_User_MonetaryAccount',
    )
  })

  it('marks attachment uploads as raw bytes and the rest as JSON or no body', () => {
    expect(operationFor('POST', '/attachment-public')!.body).toBe('bytes')
    expect(
      operationFor('POST', '/user/{userID}/monetary-account/{monetary-accountID}/attachment')!.body,
    ).toBe('bytes')
    expect(operationFor('POST', BUNQME)!.body).toBe('json')
    expect(operationFor('GET', BUNQME)!.body).toBeNull()
    expect(
      operationFor('GET', '/attachment-public/{attachment-publicUUID}/content')!.responseBody,
    ).toBe('bytes')
    expect(catalogue.operations.filter((op) => op.body === 'bytes')).toHaveLength(2)
  })

  it('keeps schemas as named definitions: BunqMeTab requires bunqme_tab_entry, whose amount is an Amount', () => {
    const request = resolveSchema(operationFor('POST', BUNQME)!.request!)!
    expect(request.required).toEqual(['bunqme_tab_entry'])
    const entry = resolveSchema(request.properties!.bunqme_tab_entry)!
    expect(entry.properties!.amount_inquired).toEqual({ $ref: '#/definitions/Amount' })
    expect(definition('Amount')!.properties!.value).toEqual({ type: 'string' })
    expect(entry.properties!.uuid.readOnly).toBe(true)
    // Every $ref points at a definition that exists.
    const refs = JSON.stringify(catalogue).match(/"#\/definitions\/[^"]+"/g) ?? []
    for (const ref of new Set(refs)) expect(definition(JSON.parse(ref)), ref).toBeDefined()
  })

  it('matches a concrete path to its template, the most literal first', () => {
    expect(matchOperation('GET', '/user/7/monetary-account/3/bunqme-tab/12')?.id).toBe(
      'READ_BunqmeTab_for_User_MonetaryAccount',
    )
    expect(matchOperation('POST', '/user/7/monetary-account/3/bunqme-tab')?.id).toBe(
      'CREATE_BunqmeTab_for_User_MonetaryAccount',
    )
    expect(matchOperation('GET', '/user/7/monetary-account/3/payment?count=10')?.name).toBe(
      'List payment',
    )
    expect(matchOperation('GET', '/no-such-thing')).toBeUndefined()
  })
})
