import { utf8Decode } from '../../crypto/bytes'
import { createdId } from '../envelope'
import type { Page, PageQuery } from '../pagination'
import { accountPath, type EndpointCore } from './endpoint-core'
import { getOne, listOf } from './list-call'

/**
 * customer-statement (docs/protocol.md §10.7; swagger ExportStatement): ask for a statement of an
 * account over a period, then download the file. The download is the file itself, not JSON: it
 * is read with `answer: 'bytes'`, so the server signature is still checked over the exact bytes
 * (§6.2) before they are handed back.
 */
export interface StatementInput {
  statement_format: 'CSV' | 'MT940' | 'PDF'
  /** `YYYY-MM-DD`, inclusive. */
  date_start: string
  date_end: string
  /** Required for CSV: UK_US (comma, decimal point) or EUROPEAN (semicolon, decimal comma). */
  regional_format?: 'UK_US' | 'EUROPEAN'
  include_attachment?: boolean
}

export interface CustomerStatement {
  id: number
  created: string
  date_start: string
  date_end: string
  status: string
  statement_number: number
  statement_format: string
  regional_format: string | null
  [field: string]: unknown
}

export interface StatementFile {
  bytes: Uint8Array
  contentType: string
  /** The bytes as text (CSV and MT940 are text; a PDF is not). */
  text(): string
}

const base = (core: EndpointCore, accountId: number, rest = '') =>
  accountPath(core, accountId, `/customer-statement${rest}`)

export async function createCustomerStatement(
  core: EndpointCore,
  accountId: number,
  input: StatementInput,
): Promise<number> {
  const { envelope } = await core.request({
    method: 'POST',
    path: base(core, accountId),
    body: input,
  })
  return createdId(envelope)
}

export function listCustomerStatements(
  core: EndpointCore,
  accountId: number,
  page?: PageQuery,
): Promise<Page<CustomerStatement>> {
  return listOf(core, base(core, accountId), 'CustomerStatement', page)
}

export function getCustomerStatement(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<CustomerStatement> {
  return getOne(core, base(core, accountId, `/${id}`), 'CustomerStatement')
}

export async function customerStatementContent(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<StatementFile> {
  const response = await core.request({
    method: 'GET',
    path: base(core, accountId, `/${id}/content`),
    answer: 'bytes',
  })
  const bytes = response.bytes ?? new Uint8Array(0)
  return {
    bytes,
    contentType: response.contentType ?? 'application/octet-stream',
    text: () => utf8Decode(bytes),
  }
}

/** The group a BunqClient exposes as `customerStatements` (client-endpoints.ts). */
export function bindStatementEndpoints(core: EndpointCore) {
  return {
    create: (accountId: number, input: StatementInput) =>
      createCustomerStatement(core, accountId, input),
    list: (accountId: number, page?: PageQuery) => listCustomerStatements(core, accountId, page),
    get: (accountId: number, id: number) => getCustomerStatement(core, accountId, id),
    content: (accountId: number, id: number) => customerStatementContent(core, accountId, id),
  }
}
