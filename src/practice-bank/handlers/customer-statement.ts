import { utf8Encode } from '../../crypto/bytes'
import type { Bank } from '../bank'
import { badRequest } from '../bank-error'
import { bunqTime } from '../format'
import { label } from '../render-money'
import { idItem, type Route } from '../route'
import type { StatementData } from '../state-money'
import { statementCsv } from '../statement-csv'
import { statementLedger } from '../statement-ledger'
import { statementMt940 } from '../statement-mt940'
import { accountItemReads, ownAccountItem, pathAccount, type AccountItems } from './account-items'

/**
 * customer-statement (swagger ExportStatement; docs/decisions/0028, docs/protocol.md §10.7):
 * create, list, read and delete statement exports of an account, and `…/content`, the file
 * itself as raw bytes (CSV or MT940) signed over those bytes like any answer (§6.2). The content
 * is built from the same ledger the payment list shows. PDF is refused with a 400 that says so.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/customer-statement'

const FORMATS = ['CSV', 'MT940', 'PDF'] as const
const REGIONS = ['UK_US', 'EUROPEAN'] as const

/** A real calendar date written `YYYY-MM-DD`, or a 400 naming the field. */
function readDate(raw: unknown, field: string): string {
  const text = typeof raw === 'string' ? raw.trim() : ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== text) {
    throw badRequest(`The field ${field} must be a date written YYYY-MM-DD, such as 2026-01-31.`)
  }
  return text
}

function readStatement(bank: Bank, accountId: number, body: Record<string, unknown>) {
  const format = body.statement_format
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) {
    throw badRequest('The field statement_format must be CSV, MT940 or PDF.')
  }
  if (format === 'PDF') {
    throw badRequest(
      'The practice bank makes CSV and MT940 statements only; ask for statement_format CSV or MT940.',
    )
  }
  const dateStart = readDate(body.date_start, 'date_start')
  const dateEnd = readDate(body.date_end, 'date_end')
  if (dateEnd < dateStart) {
    throw badRequest(
      `The field date_end (${dateEnd}) must not be before date_start (${dateStart}).`,
    )
  }
  let regionalFormat: StatementData['regionalFormat'] = null
  if (body.regional_format !== undefined || format === 'CSV') {
    if (!REGIONS.includes(body.regional_format as (typeof REGIONS)[number])) {
      throw badRequest(
        'The field regional_format must be UK_US or EUROPEAN (it is required for CSV exports).',
      )
    }
    regionalFormat = body.regional_format as StatementData['regionalFormat']
  }
  if (body.include_attachment !== undefined && typeof body.include_attachment !== 'boolean') {
    throw badRequest('The field include_attachment must be true or false.')
  }
  // Unique per account (swagger): one more than the highest so far, deleted ones included.
  const numbers = bank.state.statements
    .filter((s) => s.accountId === accountId)
    .map((s) => s.statementNumber)
  return {
    format: format as StatementData['format'],
    dateStart,
    dateEnd,
    regionalFormat,
    statementNumber: Math.max(0, ...numbers) + 1,
  }
}

function render(bank: Bank, s: StatementData): Record<string, unknown> {
  const created = bunqTime(s.created)
  return {
    CustomerStatement: {
      id: s.id,
      created,
      updated: created,
      date_start: s.dateStart,
      date_end: s.dateEnd,
      status: 'CREATED',
      statement_number: s.statementNumber,
      statement_format: s.format,
      regional_format: s.regionalFormat,
      alias_monetary_account: label(bank, s.accountId, null),
    },
  }
}

const STATEMENTS: AccountItems<StatementData> = {
  type: 'CustomerStatement',
  all: (bank) => bank.state.statements,
  render,
}

/** The file: CSV as text/csv, MT940 as text/plain, both ASCII-safe UTF-8. */
function content(bank: Bank, s: StatementData): { bytes: Uint8Array; contentType: string } {
  const ledger = statementLedger(bank, s)
  if (s.format === 'MT940') {
    return { bytes: utf8Encode(statementMt940(ledger, s)), contentType: 'text/plain' }
  }
  return {
    bytes: utf8Encode(statementCsv(ledger, s.regionalFormat ?? 'UK_US')),
    contentType: 'text/csv',
  }
}

export const customerStatementRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const { bank } = ctx
      const account = pathAccount(ctx)
      const asked = readStatement(bank, account.id, ctx.body)
      const statement: StatementData = {
        id: bank.nextId(),
        created: bank.now(),
        accountId: account.id,
        ...asked,
      }
      bank.state.statements.push(statement)
      return { items: [idItem(statement.id)] }
    },
  },
  ...accountItemReads(BASE, STATEMENTS),
  {
    method: 'DELETE',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const statement = ownAccountItem(ctx, STATEMENTS)
      ctx.bank.state.statements = ctx.bank.state.statements.filter((s) => s !== statement)
      ctx.bank.dirty = true
      return { items: [] }
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/{statementID}/content`,
    auth: 'session',
    handle(ctx) {
      const statement = ownAccountItem(ctx, STATEMENTS, ctx.params.statementID)
      return { items: [], raw: content(ctx.bank, statement) }
    },
  },
]
