// The bench's first-load walk, on small hand-written builds (no figure is asserted: .
import { describe, expect, it } from 'vitest'
import {
  entryAssets,
  firstLoadFiles,
  resolveAsset,
  staticImports,
} from '../../scripts/bench/asset-graph'

describe('entryAssets', () => {
  it('finds module scripts, stylesheets and modulepreloads, not icons or manifests', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="/favicon.svg">
      <link rel="manifest" href="/manifest.webmanifest">
      <script type="module" crossorigin src="/assets/index-AbC1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-x9.js">
      <link rel=stylesheet href='/assets/index-Q2.css'>
    </head>`
    expect(entryAssets(html)).toEqual([
      '/assets/index-AbC1.js',
      '/assets/vendor-x9.js',
      '/assets/index-Q2.css',
    ])
  })
})

describe('staticImports', () => {
  it('reads minified static imports and re-exports but not dynamic import()', () => {
    const code =
      'import{a as b}from"./chunk-1.js";import"./side.js";export*from"./re.js";' +
      'export{c}from"./named.js";const m=()=>import("./lazy.js");import x from \'./def.js\''
    expect(staticImports(code)).toEqual([
      './chunk-1.js',
      './side.js',
      './re.js',
      './named.js',
      './def.js',
    ])
  })

  it('ignores identifiers that merely end in "import"', () => {
    expect(staticImports('foo.import("./not.js");myimport"./no.js"')).toEqual([])
  })
})

describe('resolveAsset', () => {
  it('resolves relative to the importing module and skips other origins', () => {
    expect(resolveAsset('assets/index.js', './chunk.js')).toBe('assets/chunk.js')
    expect(resolveAsset('assets/index.js', '../sw.js')).toBe('sw.js')
    expect(resolveAsset('assets/index.js', 'https://cdn.example/x.js')).toBeNull()
  })
})

describe('firstLoadFiles', () => {
  it('walks static imports transitively, once each, and leaves lazy chunks out', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'import"./a.js";import{b}from"./b.js";import("./lazy.js")',
      'assets/a.js': 'import{b}from"./b.js"',
      'assets/b.js': 'export const b=1',
      'assets/lazy.js': 'import"./only-lazy.js"',
      'assets/only-lazy.js': '',
      'assets/app.css': 'body{}',
    }
    const html =
      '<script type="module" src="/sub/assets/index.js"></script><link rel="stylesheet" href="/sub/assets/app.css">'
    const read = (p: string) => files[p] ?? null
    expect(firstLoadFiles(html, read, '/sub/').sort()).toEqual([
      'assets/a.js',
      'assets/app.css',
      'assets/b.js',
      'assets/index.js',
    ])
  })

  it('accepts relative asset URLs (a "./" build)', () => {
    const read = (p: string) => (p === 'assets/i.js' ? 'export{}' : null)
    expect(
      firstLoadFiles('<script type="module" src="./assets/i.js"></script>', read, './'),
    ).toEqual(['assets/i.js'])
  })
})
