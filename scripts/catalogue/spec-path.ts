import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Where bunq's swagger.json is looked for: ../shared/bunq next to the repository (a clone), then
 * one level further up (a git worktree kept in a folder beside shared/). The first that exists
 * wins; the plain ../shared path is returned when neither does, so messages name the usual place.
 */
export function defaultSpecPath(repoRoot: string): string {
  const candidates = ['../shared/bunq/swagger.json', '../../shared/bunq/swagger.json'].map((p) =>
    resolve(repoRoot, p),
  )
  return candidates.find((p) => existsSync(p)) ?? candidates[0]
}
