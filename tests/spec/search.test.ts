// Search over the catalogue (src/spec/search.ts) and the body seeding (src/spec/seed.ts).
import { describe, expect, it } from 'vitest'
import { catalogue, operationFor } from '../../src/spec/catalogue.ts'
import { buildSearchIndex, groupByTag, searchOperations } from '../../src/spec/search.ts'
import { bodyHelpers, optionalFields, seedBody, setInBody } from '../../src/spec/seed.ts'
import { validateOperation } from '../../src/spec/validate.ts'

const index = buildSearchIndex(catalogue.operations)

describe('searchOperations', () => {
  it('finds every operation by its path exactly as the spec writes it', () => {
    const missed = catalogue.operations.filter(
      (op) => !searchOperations(index, op.path).includes(op),
    )
    expect(missed.map((op) => `${op.method} ${op.path}`)).toEqual([])
  })

  it('matches words, tags and methods together: "post bunqme-tab" is one operation', () => {
    expect(searchOperations(index, 'post bunqme-tab').map((op) => op.id)).toEqual([
      'CREATE_BunqmeTab_for_User_MonetaryAccount',
    ])
    const schedules = searchOperations(index, 'schedule')
    expect(schedules.length).toBeGreaterThan(0)
    expect(schedules.every((op) => `${op.path} ${op.tag}`.includes('schedule'))).toBe(true)
    expect(
      searchOperations(index, 'CARD').every((op) => `${op.path} ${op.tag}`.includes('card')),
    ).toBe(true)
  })

  it('finds the template of a concrete path, and nothing for nonsense', () => {
    expect(searchOperations(index, 'GET /user/7/card/3').map((op) => op.name)).toEqual(['Get card'])
    expect(searchOperations(index, 'zzzz-no-such')).toEqual([])
    expect(searchOperations(index, '  ')).toHaveLength(catalogue.operations.length)
  })

  it('groups by tag, alphabetically, keeping every operation once', () => {
    const groups = groupByTag(catalogue.operations)
    expect(groups).toHaveLength(catalogue.header.tagCount)
    expect(groups.map((g) => g.tag)).toEqual(
      [...groups.map((g) => g.tag)].sort((a, b) => a.localeCompare(b)),
    )
    expect(groups.reduce((n, g) => n + g.operations.length, 0)).toBe(catalogue.operations.length)
  })
})

describe('seedBody', () => {
  const createTab = operationFor(
    'POST',
    '/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab',
  )!

  it('seeds required fields first, with an Amount in bunq’s shape, and the result validates', () => {
    const body = seedBody(createTab)
    expect(JSON.parse(body)).toEqual({
      bunqme_tab_entry: { amount_inquired: { value: '0.00', currency: 'EUR' }, description: '' },
    })
    expect(validateOperation(createTab, 'request', JSON.parse(body))).toEqual([])
  })

  it('offers Amount and Pointer helpers, and the optional fields left out', () => {
    const payment = operationFor(
      'POST',
      '/user/{userID}/monetary-account/{monetary-accountID}/payment',
    )!
    expect(bodyHelpers(payment)).toEqual([
      { path: ['amount'], kind: 'amount' },
      { path: ['counterparty_alias'], kind: 'pointer' },
    ])
    expect(optionalFields(createTab).map((f) => f.name)).toEqual(['status', 'event_id'])
  })

  it('has no body for a GET and none for raw-bytes uploads', () => {
    expect(
      seedBody(
        operationFor('GET', '/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab')!,
      ),
    ).toBe('')
    expect(seedBody(operationFor('POST', '/attachment-public')!)).toBe('')
  })

  it('setInBody sets nested fields and refuses text that is not JSON', () => {
    expect(JSON.parse(setInBody('{"a":{"b":1}}', ['a', 'c', 'd'], 'x'))).toEqual({
      a: { b: 1, c: { d: 'x' } },
    })
    expect(() => setInBody('{oops', ['a'], 1)).toThrow(/not valid JSON/)
  })
})
