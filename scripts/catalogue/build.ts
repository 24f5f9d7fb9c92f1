/**
 * Builds the facts-only operation catalogue from bunq's OpenAPI description
 * (docs/decisions/0013-spec-catalogue-and-validator.md). What is kept: methods, paths, tags,
 * operation ids, parameters, and schemas reduced to types, properties, required, enum, nullable,
 * format, readOnly/writeOnly. What is dropped: every description, summary and example, so none of
 * bunq's prose lands in the repository (docs/protocol.md §14).
 */
import { createHash } from 'node:crypto'
import type {
  Catalogue,
  CatalogueOperation,
  CatalogueParameter,
  HttpMethod,
  JsonSchema,
  OperationKind,
  SchemaType,
} from '../../src/spec/types.ts'

/* eslint-disable @typescript-eslint/no-explicit-any -- the spec is untyped JSON read from disk */
type Spec = any
type SpecSchema = any

const METHODS = ['get', 'post', 'put', 'delete'] as const
const REFERENCE_BASE = 'https://doc.bunq.com/#/'
const KIND_BY_PREFIX: Record<string, OperationKind> = {
  List: 'list',
  READ: 'read',
  CREATE: 'create',
  UPDATE: 'update',
  DELETE: 'delete',
}
const VERB: Record<OperationKind, string> = {
  list: 'List',
  read: 'Get',
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
}
/** Keywords whose values are facts and carry over as they are. */
const PLAIN_KEYWORDS = [
  'format',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
] as const

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The source facts from the README next to the spec, trusted only when it names the same sha256
 * as the file read (a README about another version says nothing about this one).
 */
export function sourceFromReadme(
  readme: string | null,
  sha256: string,
): Catalogue['header']['source'] {
  if (!readme || !readme.includes(sha256)) return null
  const repository = /repository\s+([\w.-]+\/[\w.-]+)/i.exec(readme)?.[1]
  const file = /file\s+([\w.-]+\.json)/i.exec(readme)?.[1]
  const tag = /\btag\s+([\w.-]+)/i.exec(readme)?.[1]
  const licence = /\b(MIT|Apache[\s-]2\.0)\s+licen[cs]e/i.exec(readme)?.[1]
  if (!repository || !file || !tag || !licence) return null
  return { repository, file, tag, licence }
}

export function buildCatalogue(specText: string, readme: string | null = null): Catalogue {
  const spec: Spec = JSON.parse(specText)
  const sha256 = sha256Hex(specText)
  const schemas: Record<string, SpecSchema> = spec.components?.schemas ?? {}
  const used = new Set<string>()

  const convert = (schema: SpecSchema): JsonSchema => convertSchema(schema, schemas, used)

  const operations: CatalogueOperation[] = []
  const tags = new Set<string>()
  for (const [path, item] of Object.entries<any>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const tag: string = op.tags?.[0] ?? 'untagged'
      tags.add(tag)
      const kind = kindOf(op.operationId, method)
      const params = (op.parameters ?? []).map((p: SpecSchema) => resolveParameter(p, spec))
      const requestSchema = op.requestBody?.content?.['application/json']?.schema
      const ok = op.responses?.['200']
      const responseSchema = ok?.content?.['application/json']?.schema
      operations.push({
        id: op.operationId,
        method: method.toUpperCase() as HttpMethod,
        path,
        tag,
        kind,
        name: '', // filled in below, once duplicates are known
        pathParams: params.filter((p: SpecSchema) => p.in === 'path').map(toParameter),
        query: params.filter((p: SpecSchema) => p.in === 'query').map(toParameter),
        paging: kind === 'list',
        body: op.requestBody ? (mentionsBinary(op.description) ? 'bytes' : 'json') : null,
        request: requestSchema ? convert(requestSchema) : null,
        responseBody: mentionsBinary(ok?.description) ? 'bytes' : 'json',
        response: responseSchema ? convert(responseSchema) : null,
        reference: `${REFERENCE_BASE}${encodeURIComponent(tag)}/${encodeURIComponent(op.operationId)}`,
      })
    }
  }
  nameOperations(operations)

  // Definitions reachable from the operations, each converted once (a worklist: converting one
  // may reach others).
  const definitions: Record<string, JsonSchema> = {}
  const pending = [...used]
  while (pending.length > 0) {
    const name = pending.pop()!
    if (name in definitions) continue
    const before = new Set(used)
    definitions[name] = convert(schemas[name])
    for (const added of used) if (!before.has(added)) pending.push(added)
  }

  return {
    header: {
      title: String(spec.info?.title ?? ''),
      version: String(spec.info?.version ?? ''),
      openapi: String(spec.openapi ?? ''),
      sha256,
      source: sourceFromReadme(readme, sha256),
      operationCount: operations.length,
      pathCount: Object.keys(spec.paths ?? {}).length,
      tagCount: tags.size,
    },
    operations,
    definitions: Object.fromEntries(
      Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)),
    ),
  }
}

function kindOf(operationId: string, method: string): OperationKind {
  const kind = KIND_BY_PREFIX[operationId.split('_')[0]]
  if (kind) return kind
  return method === 'get'
    ? 'read'
    : method === 'post'
      ? 'create'
      : method === 'put'
        ? 'update'
        : 'delete'
}

/**
 * bunq's descriptions say which bodies are files: "binary" (attachments) or "the raw content"
 * (statement, RIB and overview downloads, which answer the file without any JSON wrapping).
 */
function mentionsBinary(text: unknown): boolean {
  return typeof text === 'string' && /\bbinary\b|\braw content\b/i.test(text)
}

function resolveParameter(param: SpecSchema, spec: Spec): SpecSchema {
  if (typeof param.$ref !== 'string') return param
  const name = param.$ref.split('/').pop()
  return spec.components?.parameters?.[name] ?? param
}

function toParameter(param: SpecSchema): CatalogueParameter {
  return {
    name: String(param.name),
    type: param.schema?.type === 'integer' ? 'integer' : 'string',
    required: param.required === true,
  }
}

/** The literal (non-{param}) segments of a path. */
function literalSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && !s.startsWith('{'))
}

/**
 * "Create bunqme-tab": the verb from the kind, the noun from the last literal segment. When a name
 * repeats (note-attachment hangs under 20 parents), the shortest path keeps it and the others get
 * their parent segment: "List payment", "List payment of mastercard-action".
 */
function nameOperations(operations: CatalogueOperation[]): void {
  const base = (op: CatalogueOperation) =>
    `${VERB[op.kind]} ${literalSegments(op.path).at(-1) ?? op.path}`
  const depth = (op: CatalogueOperation) => op.path.split('/').length
  const shortest = new Map<string, number[]>()
  for (const op of operations) {
    const depths = shortest.get(base(op)) ?? []
    depths.push(depth(op))
    shortest.set(base(op), depths)
  }
  for (const op of operations) {
    const name = base(op)
    const depths = shortest.get(name)!
    const min = Math.min(...depths)
    const plain = depth(op) === min && depths.filter((d) => d === min).length === 1
    const parent = literalSegments(op.path).at(-2)
    op.name = plain || !parent ? name : `${name} of ${parent}`
  }
}

function refName(ref: string): string {
  return ref.split('/').pop() ?? ref
}

function convertSchema(
  schema: SpecSchema,
  schemas: Record<string, SpecSchema>,
  used: Set<string>,
): JsonSchema {
  if (!schema || typeof schema !== 'object') return {}
  const out: JsonSchema = {}
  if (typeof schema.$ref === 'string') {
    // A $ref names the definition; sibling "type" is the spec generator's echo of it.
    const name = refName(schema.$ref)
    used.add(name)
    out.$ref = `#/definitions/${name}`
  } else if (Array.isArray(schema.allOf)) {
    Object.assign(out, mergeAllOf(schema.allOf, schemas, used))
  } else {
    if (typeof schema.type === 'string') out.type = schema.type as SchemaType
    if (schema.properties && typeof schema.properties === 'object') {
      out.properties = {}
      for (const [key, value] of Object.entries(schema.properties)) {
        out.properties[key] = convertSchema(value, schemas, used)
      }
    }
    if (Array.isArray(schema.required) && schema.required.length > 0)
      out.required = [...schema.required]
    if (schema.items) out.items = convertSchema(schema.items, schemas, used)
  }
  for (const keyword of PLAIN_KEYWORDS) {
    if (schema[keyword] !== undefined) (out as Record<string, unknown>)[keyword] = schema[keyword]
  }
  if (schema.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null']
  if (schema.readOnly === true) out.readOnly = true
  if (schema.writeOnly === true) out.writeOnly = true
  return out
}

/** allOf resolved into one object schema: properties and required lists merged, refs followed. */
function mergeAllOf(
  parts: SpecSchema[],
  schemas: Record<string, SpecSchema>,
  used: Set<string>,
): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {} }
  const required = new Set<string>()
  for (const part of parts) {
    const resolved = typeof part?.$ref === 'string' ? schemas[refName(part.$ref)] : part
    const converted = convertSchema(resolved, schemas, used)
    Object.assign(merged.properties!, converted.properties ?? {})
    for (const name of converted.required ?? []) required.add(name)
  }
  if (required.size > 0) merged.required = [...required]
  return merged
}

/**
 * The catalogue as committed: one operation or definition a line, so a new spec version shows as
 * a readable diff, without the whitespace of a fully indented file.
 */
export function serializeCatalogue(catalogue: Catalogue): string {
  const lines = ['{', `"header": ${JSON.stringify(catalogue.header)},`, '"operations": [']
  catalogue.operations.forEach((op, i) => {
    lines.push(JSON.stringify(op) + (i < catalogue.operations.length - 1 ? ',' : ''))
  })
  lines.push('],', '"definitions": {')
  const entries = Object.entries(catalogue.definitions)
  entries.forEach(([name, schema], i) => {
    lines.push(
      `${JSON.stringify(name)}: ${JSON.stringify(schema)}${i < entries.length - 1 ? ',' : ''}`,
    )
  })
  lines.push('}', '}', '')
  return lines.join('\n')
}
