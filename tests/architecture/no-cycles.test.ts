// src/ has no import cycle (docs/architecture.md, "no import cycles"): modules can be read,
// tested and loaded one by one, bottom up.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cycles, importGraph, staticSpecifiers } from './import-graph'

const src = join(import.meta.dirname, '..', '..', 'src')

describe('the import graph of src', () => {
  const graph = importGraph(src)

  it('is read from every module, type imports included', () => {
    expect(graph.size).toBeGreaterThan(200)
    expect(graph.get('transport/errors.ts')).toContain('bunq/errors.ts')
    // `import type { AppModels } from '../state/models'`: erased at run time, still an edge.
    expect(graph.get('boot/routes.svelte.ts')).toContain('state/models.ts')
    expect(graph.get('App.svelte')).toContain('ui/layout/Nav.svelte')
  })

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([])
  })
})

describe('the cycle finder', () => {
  it('finds a loop of any length and leaves a tree alone', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']])
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([])
  })

  it('reads static imports and re-exports, and skips import() and commented-out imports', () => {
    const text = [
      "import { a } from './a'",
      "import type { B } from './b'",
      "export { c } from './c'",
      "import './d.css'",
      "import {\n  e,\n  type E,\n} from './e'",
      "const f = () => import('./f')",
      "// import { g } from './g'",
    ].join('\n')
    expect(staticSpecifiers(text).sort()).toEqual(['./a', './b', './c', './d.css', './e'])
  })
})
