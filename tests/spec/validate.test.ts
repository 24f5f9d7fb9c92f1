// The one validator (src/spec/validate.ts) and the drift check (src/spec/drift.ts): problems name
// the field path; answers are compared after the Response wrapper is taken off (docs/protocol.md §14).
import { describe, expect, it } from 'vitest'
import { operationFor } from '../../src/spec/catalogue.ts'
import { driftCheck } from '../../src/spec/drift.ts'
import { validateOperation } from '../../src/spec/validate.ts'

const BUNQME = '/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab'
const createTab = operationFor('POST', BUNQME)!
const listPayments = operationFor(
  'GET',
  '/user/{userID}/monetary-account/{monetary-accountID}/payment',
)!

describe('validateOperation (request)', () => {
  it('accepts a body that follows the schema', () => {
    const body = {
      bunqme_tab_entry: {
        amount_inquired: { value: '5.00', currency: 'EUR' },
        description: 'Pizza',
      },
    }
    expect(validateOperation(createTab, 'request', body)).toEqual([])
  })

  it('names a missing required field', () => {
    expect(validateOperation(createTab, 'request', {})).toEqual([
      { path: 'bunqme_tab_entry', kind: 'missing', message: 'bunqme_tab_entry is required' },
    ])
  })

  it('names a field of the wrong type and a field the spec does not know, by their full paths', () => {
    const problems = validateOperation(createTab, 'request', {
      bunqme_tab_entry: { amount_inquired: { value: 5, currency: 'EUR' }, descripton: 'typo' },
    })
    expect(problems.map((p) => [p.path, p.kind])).toEqual([
      ['bunqme_tab_entry.amount_inquired.value', 'type'],
      ['bunqme_tab_entry.descripton', 'unknown'],
    ])
    expect(problems[0].message).toBe(
      'bunqme_tab_entry.amount_inquired.value should be a string, not the number 5',
    )
  })

  it('says the whole body is wrong when it is not an object', () => {
    const problems = validateOperation(createTab, 'request', [1, 2])
    expect(problems).toEqual([
      { path: '', kind: 'type', message: 'the body should be an object, not a list' },
    ])
  })

  it('has nothing to say for an operation without a request schema', () => {
    expect(validateOperation(listPayments, 'request', { anything: 1 })).toEqual([])
  })
})

describe('driftCheck (200 answers)', () => {
  it('unwraps {"Response":[{"Id":{"id":…}}]} for a create and finds no drift', () => {
    expect(driftCheck(createTab, { Response: [{ Id: { id: 42 } }] })).toEqual({
      checked: true,
      problems: [],
    })
  })

  it('lists fields of another type and fields not in the spec, item by item; null counts as absent', () => {
    const answer = {
      Response: [
        { Payment: { id: 1, amount: { value: '1.00', currency: 'EUR' }, description: null } },
        { Payment: { id: '2', invented_field: true } },
      ],
      Pagination: { older_url: null },
    }
    const report = driftCheck(listPayments, answer)
    expect(report.checked).toBe(true)
    expect(report.problems.map((p) => [p.path, p.kind])).toEqual([
      ['[1].id', 'type'],
      ['[1].invented_field', 'unknown'],
    ])
  })

  it('compares a user answer with its wrapper when the schema names it (UserRead lists UserPerson)', () => {
    const readUser = operationFor('GET', '/user/{itemId}')!
    const report = driftCheck(readUser, {
      Response: [{ UserPerson: { id: 1, display_name: 'A', not_bunq: 1 } }],
    })
    expect(report.problems.map((p) => p.path)).toEqual(['UserPerson.not_bunq'])
  })

  it('does not check an answer without a Response array', () => {
    expect(driftCheck(createTab, { Error: [] })).toEqual({ checked: false, problems: [] })
  })
})
