import type { Bank } from './bank'
import type { InstallationData, SessionData } from './state'

/** One row of the handler table (handlers/index.ts). */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Path below /v1 with `{name}` integer parameters, e.g. `/user/{userID}`. */
  pattern: string
  /** Which token X-Bunq-Client-Authentication must carry (docs/protocol.md §4, token table). */
  auth: 'none' | 'installation' | 'session'
  /**
   * Whether X-Bunq-Client-Signature is mandatory (§6.1: session-server and calls that create or
   * execute a payment). A function decides from the parsed body (accepting a request).
   */
  signature?: 'required' | ((body: Record<string, unknown>) => boolean)
  /** 'ignore' skips JSON parsing (sandbox-user calls accept any body, §4.1). */
  body?: 'json' | 'ignore'
  /**
   * 'generic' marks a row made by the schema-driven engine (generic/routes.ts); its answers say so
   * in X-Practice-Bank-Emulation, hand-made ones say 'semantic' (docs/decisions/0021).
   */
  emulation?: 'generic'
  handle(ctx: HandlerContext): HandlerResult | Promise<HandlerResult>
}

export interface HandlerContext {
  bank: Bank
  params: Record<string, number>
  query: URLSearchParams
  /** The parsed JSON body with null members dropped (PHP sends explicit nulls, §17). */
  body: Record<string, unknown>
  /** Path below /v1, without a trailing slash: pagination links are built from it. */
  path: string
  installation: InstallationData | null
  session: SessionData | null
  /** The raw body bytes (uploads of attachments are not JSON). */
  bytes?: Uint8Array
  /** The request headers (attachment uploads carry their type and description there, §14). */
  headers?: Headers
  /**
   * The X-Bunq-Client-Authentication value of this request: the PSD2 credential's signature
   * covers the installation token itself (docs/protocol.md §4.8). Never stored or echoed.
   */
  authToken?: string | null
}

export interface Pagination {
  future_url: string | null
  newer_url: string | null
  older_url: string | null
}

export interface HandlerResult {
  items: Record<string, unknown>[]
  pagination?: Pagination
  /** Set by POST /installation so its answer is signed only under signInstallationResponse. */
  installationResponse?: boolean
  /** A raw answer instead of JSON (attachment content downloads, docs/protocol.md §14). */
  raw?: { bytes: Uint8Array; contentType: string }
}

/** The session a session-authenticated route runs under (the pipeline guarantees it). */
export function sessionOf(ctx: HandlerContext): SessionData {
  if (!ctx.session) throw new Error('route declared auth session but ran without one')
  return ctx.session
}

export function idItem(id: number): Record<string, unknown> {
  return { Id: { id } }
}
