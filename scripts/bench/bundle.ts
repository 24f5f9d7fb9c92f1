/**
 * Bundle figures: build the app into OUT_DIR=dist-bench, then count gzip bytes (zlib
 * level 9, file by file, as a server would send them) of the JS + CSS the first load needs, and of
 * every JS + CSS file in the build (the lazy practice bank chunk and the service worker included).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { firstLoadFiles } from './asset-graph'
import { figure, type Figure } from './stats'

export const BENCH_OUT_DIR = 'dist-bench'
const KB = 1000 // kB as Vite reports it

export function gzipBytes(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).byteLength
}

/** Builds the app like `npm run build`, into its own folder; throws with Vite's output on failure. */
export function buildApp(root: string, outDir = BENCH_OUT_DIR): string {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`)
  return join(root, outDir)
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

export interface BundleReport {
  firstLoad: { file: string; gzip: number }[]
  everything: { file: string; gzip: number }[]
  figures: Figure[]
}

/** Measures a built folder; `base` is the BASE_PATH it was built with. */
export function measureBundle(dist: string, base = '/'): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const read = (path: string) => {
    const full = join(dist, path)
    return existsSync(full) ? readFileSync(full, 'utf8') : null
  }
  const sized = (files: string[]) =>
    files
      .filter((f) => /\.(m?js|css)$/.test(f))
      .map((file) => ({ file, gzip: gzipBytes(readFileSync(join(dist, file))) }))
      .sort((a, b) => b.gzip - a.gzip)
  const firstLoad = sized(firstLoadFiles(html, read, base))
  const everything = sized(walk(dist).map((p) => relative(dist, p)))
  const sum = (list: { gzip: number }[]) => list.reduce((n, f) => n + f.gzip, 0) / KB
  return {
    firstLoad,
    everything,
    figures: [
      figure('bundle: first load (JS+CSS gzip)', 'kB', { max: 60 }, [sum(firstLoad)], {
        note: `${firstLoad.length} files: index.html's entry, CSS, modulepreloads and their static imports`,
      }),
      figure('bundle: everything (JS+CSS gzip)', 'kB', { max: 270 }, [sum(everything)], {
        note: `${everything.length} files, lazy chunks and service worker included`,
      }),
    ],
  }
}

/** "12.3 kB  assets/index-abc.js" lines for the console. */
export function describeFiles(list: { file: string; gzip: number }[], limit = 8): string {
  const lines = list
    .slice(0, limit)
    .map((f) => `    ${(f.gzip / KB).toFixed(1).padStart(6)} kB  ${f.file}`)
  if (list.length > limit) lines.push(`    ... and ${list.length - limit} smaller files`)
  return lines.join('\n')
}
