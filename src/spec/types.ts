/**
 * The shape of the committed operation catalogue (src/spec/catalogue.json), generated from bunq's
 * OpenAPI description by `npm run catalogue` (docs/decisions/0013-spec-catalogue-and-validator.md).
 * Facts only: methods, paths, tags, parameters and schemas; no description text.
 */

/** A JSON Schema (draft 2019-09 subset) as the catalogue writes it. */
export interface JsonSchema {
  $ref?: string
  type?: SchemaType | SchemaType[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  format?: string
  additionalProperties?: boolean | JsonSchema
  readOnly?: true
  writeOnly?: true
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
}

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** What the operation does, from the spec's operationId prefix (List_all_, READ_, CREATE_, ...). */
export type OperationKind = 'list' | 'read' | 'create' | 'update' | 'delete'

export interface CatalogueParameter {
  name: string
  type: 'integer' | 'string'
  required: boolean
}

export interface CatalogueOperation {
  /** bunq's operationId, unique in the spec. */
  id: string
  method: HttpMethod
  /** The path exactly as the spec writes it, e.g. /user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab */
  path: string
  tag: string
  kind: OperationKind
  /** "Create bunqme-tab", "List payment", "Get card" (derived from the method and the path). */
  name: string
  pathParams: CatalogueParameter[]
  /** The spec's own query parameters (it declares none today). */
  query: CatalogueParameter[]
  /** List operations take count/older_id/newer_id (docs/protocol.md §10.5), which the spec omits. */
  paging: boolean
  /** 'json', 'bytes' (attachment uploads: the raw file, no JSON) or null (no body). */
  body: 'json' | 'bytes' | null
  request: JsonSchema | null
  /** 'bytes' for the raw content downloads. */
  responseBody: 'json' | 'bytes'
  /** Schema of the inner object(s) of a 200 answer (the spec leaves out the Response wrapper). */
  response: JsonSchema | null
  /** bunq's reference page for the operation. */
  reference: string
}

export interface CatalogueHeader {
  title: string
  /** The spec's info.version. */
  version: string
  openapi: string
  /** sha256 (hex) of the spec file the catalogue was made from. */
  sha256: string
  /** Where the file comes from, when its README says so for this sha256. */
  source: { repository: string; file: string; tag: string; licence: string } | null
  operationCount: number
  pathCount: number
  tagCount: number
}

export interface Catalogue {
  header: CatalogueHeader
  operations: CatalogueOperation[]
  /** Named schemas, referenced as {"$ref": "#/definitions/Name"}. */
  definitions: Record<string, JsonSchema>
}
