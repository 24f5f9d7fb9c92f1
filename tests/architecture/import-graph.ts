/**
 * The static import graph of src/, read from the source text: every `import`/`export ... from` of a
 * relative path, type-only imports included (a cycle of types is still two modules a reader must
 * understand together), each resolved to a file. A dynamic `import()` is not an edge: it is a
 * deliberate "load this later" (the route table points at every view, and views name the routes),
 * and it never makes one module's evaluation wait for another's. Used by the no-cycles test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

export type Graph = Map<string, string[]>

const SOURCE = /\.(ts|svelte)$/
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '/index.ts']

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) ? [path] : []
  })
}

/** Every specifier a module imports statically (values and types). */
export function staticSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const found: string[] = []
  for (const m of code.matchAll(/\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g))
    found.push(m[1])
  for (const m of code.matchAll(/\bimport\s+['"]([^'"]+)['"]/g)) found.push(m[1])
  return found
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = join(dirname(from), specifier)
  for (const ext of EXTENSIONS) {
    const path = base + ext
    if (existsSync(path) && statSync(path).isFile()) return path
  }
  return null
}

/** The graph of `root` (e.g. src/), keyed by paths relative to `root`. */
export function importGraph(root: string): Graph {
  const graph: Graph = new Map()
  for (const file of walk(root)) {
    const targets = staticSpecifiers(readFileSync(file, 'utf8'))
      .map((s) => resolve(file, s))
      .filter((p): p is string => p !== null && SOURCE.test(p))
      .map((p) => relative(root, p))
    graph.set(relative(root, file), [...new Set(targets)])
  }
  return graph
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function cycles(graph: Graph): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node))
        found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return found
}
