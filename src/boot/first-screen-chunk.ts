/**
 * One chunk for the first screen (issue 9, first-load budget; docs/performance.md "first load"),
 * used by vite.config.ts. Left to itself the bundler cuts what the first screen needs into some
 * 35 small shared chunks (a module lands wherever its set of importers differs), and each file
 * is compressed on its own: the same Svelte names and helpers are paid for again in every file.
 * Grouping the first screen's modules into one file saves about 8 kB gzip.
 *
 * The roots are what main.ts awaits before it mounts: the shell, the Start view and the models.
 * Their static imports come along (Rolldown's includeDependenciesRecursively), nothing they
 * import dynamically does: the other views, the core, the workshop and the practice bank keep
 * their own chunks, which import the shared code from this one.
 */

const ROOTS = [
  '/src/App.svelte',
  '/src/ui/views/StartView.svelte',
  '/src/state/create-app-models.ts',
]

/** A Rolldown `codeSplitting.groups` entry (vite.config.ts: build.rolldownOptions.output). */
export const firstScreenGroup = {
  name: 'first-screen',
  test: (id: string): boolean => ROOTS.some((root) => id.replaceAll('\\', '/').endsWith(root)),
}
