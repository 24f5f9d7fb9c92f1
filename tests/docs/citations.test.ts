// Every document a comment cites must be one a reader can open (docs/architecture.md, "comments give
// reasons"): the file exists, the protocol section (§N) is a heading of docs/protocol.md, the named
// house rule is on docs/architecture.md, the pitfall is in docs/toolchain.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const scanned = ['src', 'scripts', 'tests', 'docs', '.ci']
const rootFiles = [
  'README.md',
  'vite.config.ts',
  'vitest.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
]
const textFile = /\.(ts|js|mjs|cjs|svelte|css|html|md)$|^run$/
const self = relative(root, import.meta.filename)

function walk(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'screenshots') return []
    if (statSync(join(root, path)).isDirectory()) return walk(path)
    return textFile.test(name) ? [path] : []
  })
}

const files = [...scanned.flatMap(walk), ...rootFiles].filter((f) => f !== self)
const texts = files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }))
const read = (doc: string) => readFileSync(join(root, doc), 'utf8')

/** `file: cited thing` for every citation the predicate rejects. */
function broken(pattern: RegExp, ok: (match: RegExpMatchArray) => boolean): string[] {
  return texts.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].filter((m) => !ok(m)).map((m) => `${file}: ${m[0]}`),
  )
}

describe('citations in comments and docs', () => {
  it('cite documents that exist', () => {
    const cited = broken(
      /(?<![\w/.-])docs\/(?!decisions\/NNNN)[\w./-]*[\w/]/g,
      (m) => /^docs\/decisions\/\d{4}$/.test(m[0]) || existsSync(join(root, m[0])),
    )
    expect(cited).toEqual([])
  })

  it('cite decision records that exist', () => {
    const records = readdirSync(join(root, 'docs/decisions'))
    const cited = broken(/docs\/decisions\/(\d{4})/g, (m) =>
      records.some((name) => name.startsWith(`${m[1]}-`) && name.endsWith('.md')),
    )
    expect(cited).toEqual([])
  })

  it('cite protocol sections that are headings of docs/protocol.md', () => {
    const headings = new Set(
      [...read('docs/protocol.md').matchAll(/^#{2,3} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]),
    )
    expect(headings.size).toBeGreaterThan(40)
    // Every § number in the repository's code and docs is one of ours: we cite no other numbered text.
    const cited = broken(/§(\d+(?:\.\d+)*)/g, (m) => headings.has(m[1]))
    expect(cited).toEqual([])
  })

  it('cite house rules by a name docs/architecture.md has', () => {
    const page = read('docs/architecture.md').toLowerCase()
    // A name may wrap onto the next comment line: `// ` or ` * ` in between reads as one space.
    const oneLine = (name: string) => name.replace(/\s*\n\s*(?:\/\/|\*)?\s*/g, ' ')
    const cited = broken(/docs\/architecture\.md,? "([^"]+)"/g, (m) =>
      page.includes(oneLine(m[1]).toLowerCase()),
    )
    expect(cited).toEqual([])
  })

  it('cite toolchain pitfalls that docs/toolchain.md lists', () => {
    const page = read('docs/toolchain.md')
    const cited = broken(/toolchain\.md (P\d+)/g, (m) => page.includes(`**${m[1]}**`))
    expect(cited).toEqual([])
  })

  it('never cite documents outside the repository or tracker items', () => {
    const outside = broken(
      /bunq-protocol\.md|shared\/docs|\b(?:issue|QA item|house style) \d+\b/gi,
      () => false,
    )
    expect(outside).toEqual([])
  })
})
