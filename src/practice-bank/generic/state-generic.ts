/**
 * What the generic engine remembers (docs/decisions/0021-generic-engine.md): one flat list of
 * objects, each under the concrete collection path it was created at (`/user/7/card`), owned by
 * the user whose session made it. Only what the client sent is kept (`data`); every other field
 * is filled on read (fill.ts), which keeps the saved state small.
 */
export interface GenericObject {
  id: number
  /** Set when the create operation answers a Uuid instead of an Id (avatar, ...). */
  uuid?: string
  owner: number
  /** The concrete collection path, without /v1 and without a trailing slash. */
  collection: string
  created: number
  updated: number
  data: Record<string, unknown>
  /** An attachment's uploaded bytes, base64 (served by its /content). */
  content?: string
}

export interface GenericCollections {
  generic: GenericObject[]
}

export function emptyGenericCollections(): GenericCollections {
  return { generic: [] }
}
