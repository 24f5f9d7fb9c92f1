/**
 * What a built page loads before it can run: the entry script and stylesheets named in
 * index.html, its modulepreload links, and every module those import statically. Dynamic
 * `import()` is left out on purpose: that is code the page fetches later, on demand (e.g. the
 * practice bank chunk). Pure functions over text, so tests/bench checks them on small inputs.
 */

/** Asset URLs index.html asks for at load: module scripts, stylesheets, modulepreloads. */
export function entryAssets(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
    const value = (name: string) => {
      const m = attr(name)
      return m ? (m[2] ?? m[3] ?? m[4]) : null
    }
    if (/^<script/i.test(tag)) {
      const src = value('src')
      if (src) found.push(src)
      continue
    }
    const rel = (value('rel') ?? '').toLowerCase().split(/\s+/)
    const href = value('href')
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) found.push(href)
  }
  return [...new Set(found)]
}

/**
 * Specifiers of a module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./b.css"`, `export * from "./c.js"`), not `import("./d.js")`. Works on minified output.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>()
  // `import` or `export`, optional clause ending in `from`, then a quoted specifier; a `(` right
  // after `import` (dynamic import) never matches because a quote or clause must follow.
  const pattern =
    /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g
  for (const match of code.matchAll(pattern)) out.add(match[2])
  return [...out]
}

/** Resolves `spec` against the path of the module that imports it (both site-relative). */
export function resolveAsset(from: string, spec: string): string | null {
  if (/^[a-z]+:/i.test(spec) || spec.startsWith('//')) return null // another origin: not ours
  const url = new URL(spec, new URL(from, 'http://site/'))
  return url.pathname.replace(/^\//, '')
}

/**
 * Walks from the entry assets through static imports. `read` returns a file's text (or null when
 * it does not exist); paths are relative to the build folder, without a leading slash.
 */
export function firstLoadFiles(
  html: string,
  read: (path: string) => string | null,
  base = '/',
): string[] {
  const strip = (p: string) => p.replace(new RegExp(`^${escape(base)}`), '').replace(/^\.?\//, '')
  const queue = entryAssets(html)
    .map((a) => (/^[a-z]+:/i.test(a) ? null : strip(a)))
    .filter((p): p is string => p !== null)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    const text = read(path)
    if (text === null) continue
    seen.add(path)
    if (!path.endsWith('.js')) continue
    for (const spec of staticImports(text)) {
      const next = resolveAsset(path, spec)
      if (next && !seen.has(next)) queue.push(next)
    }
  }
  return [...seen]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
