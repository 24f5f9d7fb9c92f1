/**
 * `npm run catalogue [-- path/to/swagger.json]`: regenerates src/spec/catalogue.json from bunq's
 * OpenAPI description (default ../shared/bunq/swagger.json next to the repository).
 * docs/decisions/0013-spec-catalogue-and-validator.md says what is kept and why.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCatalogue, serializeCatalogue } from './catalogue/build.ts'
import { defaultSpecPath } from './catalogue/spec-path.ts'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CATALOGUE_FILE = join(repoRoot, 'src/spec/catalogue.json')

const specPath = process.argv[2] ? resolve(process.argv[2]) : defaultSpecPath(repoRoot)
if (!existsSync(specPath)) {
  console.error(
    `No spec at ${specPath}. Pass the path to bunq's swagger.json: npm run catalogue -- <path>`,
  )
  process.exit(1)
}
const readmePath = join(dirname(specPath), 'README.md')
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : null
const catalogue = buildCatalogue(readFileSync(specPath, 'utf8'), readme)
const text = serializeCatalogue(catalogue)
writeFileSync(CATALOGUE_FILE, text)
const { header } = catalogue
console.log(
  `${CATALOGUE_FILE}: ${header.operationCount} operations on ${header.pathCount} paths, ` +
    `${Object.keys(catalogue.definitions).length} definitions, ${(text.length / 1024).toFixed(0)} kB ` +
    `(spec ${header.version}${header.source ? `, tag ${header.source.tag}` : ''}, sha256 ${header.sha256.slice(0, 12)}…)`,
)
