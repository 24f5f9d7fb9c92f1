// The committed catalogue is what `npm run catalogue` makes from bunq's spec: regenerated here from
// ../shared/bunq/swagger.json (docs/decisions/0013-spec-catalogue-and-validator.md). A clone without
// that folder runs the checks on the committed file only.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildCatalogue, serializeCatalogue, sha256Hex } from '../../scripts/catalogue/build.ts'
import { defaultSpecPath } from '../../scripts/catalogue/spec-path.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const SPEC = defaultSpecPath(repoRoot)
const COMMITTED = fileURLToPath(new URL('../../src/spec/catalogue.json', import.meta.url))

const specPresent = existsSync(SPEC)
describe.runIf(specPresent)(
  'catalogue regenerated from ../shared/bunq/swagger.json (skipped when that file is absent)',
  () => {
    it('equals the committed src/spec/catalogue.json byte for byte (run npm run catalogue if not)', () => {
      const specText = readFileSync(SPEC, 'utf8')
      const readmePath = SPEC.replace(/swagger\.json$/, 'README.md')
      const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : null
      const fresh = serializeCatalogue(buildCatalogue(specText, readme))
      expect(fresh === readFileSync(COMMITTED, 'utf8')).toBe(true)
    })

    it('records the sha256 of the spec, computed here with node:crypto', () => {
      const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'))
      expect(committed.header.sha256).toBe(sha256Hex(readFileSync(SPEC)))
    })

    it('has one entry per operation of the spec, same method and path', () => {
      const spec = JSON.parse(readFileSync(SPEC, 'utf8'))
      const expected: string[] = []
      for (const [path, item] of Object.entries<Record<string, unknown>>(spec.paths)) {
        for (const method of Object.keys(item)) expected.push(`${method.toUpperCase()} ${path}`)
      }
      const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'))
      const actual = committed.operations.map(
        (op: { method: string; path: string }) => `${op.method} ${op.path}`,
      )
      expect(actual.sort()).toEqual(expected.sort())
    })

    it('copies none of the spec description texts (longer than 40 characters) into the catalogue', () => {
      const spec = JSON.parse(readFileSync(SPEC, 'utf8'))
      const texts = new Set<string>()
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk)
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if (
              (key === 'description' || key === 'summary') &&
              typeof inner === 'string' &&
              inner.length > 40
            )
              texts.add(inner)
            else walk(inner)
          }
        }
      }
      walk(spec)
      expect(texts.size).toBeGreaterThan(900)
      const committed = readFileSync(COMMITTED, 'utf8')
      const leaked = [...texts].filter((text) =>
        committed.includes(JSON.stringify(text).slice(1, -1)),
      )
      expect(leaked).toEqual([])
    })
  },
)

describe('committed catalogue (checked with or without ../shared/bunq/swagger.json)', () => {
  it('the committed catalogue is well-formed on its own', () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'))
    expect(committed.operations.length).toBe(committed.header.operationCount)
  })
})
