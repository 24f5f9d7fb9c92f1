/**
 * How the app is cut into files (bundle budgets; docs/performance.md "first load"), used
 * by vite.config.ts as Rolldown `codeSplitting` groups. Left to itself the bundler makes a chunk
 * for every distinct set of importers: some 35 small files for the first screen alone and 80 in
 * all. Each file is compressed on its own, so the same Svelte names and helpers are paid for again
 * in every one (the first screen cost 64 kB gzip as 35 files, 56 kB as one).
 *
 * 1. `first-screen`: what main.ts awaits before it mounts (the shell, the Start view, the models)
 *    and their static imports, the Svelte runtime included. Dynamic imports are not followed.
 * 2. `app`: the rest of the app's own code (the other views, the protocol core, the transports,
 *    file formats, snippets, explainers): one file, fetched by the first navigation or action,
 *    or by the idle prefetch after the first screen (src/boot/prefetch.ts).
 * 3. Left to the default: the workshop (lessons, cast) and the practice bank, which many visits
 *    never open, and the entries (main.ts, the PWA's boot.ts) with their own static imports.
 *
 * The static walk of `npm run bench` shows at once if `app` ever lands in the first load.
 */

const FIRST_SCREEN_ROOTS = [
  '/src/App.svelte',
  '/src/ui/views/StartView.svelte',
  '/src/state/create-app-models.ts',
]

// `app` starts from what the app imports dynamically (the other views, the protocol core, the
// transports, PEM, file formats, snippets, explainers, the vault's unlocked-only parts) and takes
// their static imports along. It is not a "everything else" rule: the entries' own static imports
// (e.g. the PWA's UpdatePrompt) must stay out of it, or the entry would import `app` at start.
const APP_ROOTS =
  /\/src\/(ui\/views\/(?!(Start|Lessons|Cast)View)|bunq\/|transport\/|crypto\/|snippets\/|ui\/error-explainers|ui\/components\/(Vault(Files|Security|Contexts)|TransportDiagnosis)|state\/live\/(prepare-curl|top-up))/

const path = (id: string) => id.replaceAll('\\', '/')

/** The groups, highest priority first (a module goes to the first group that captures it). */
export const APP_CHUNK_GROUPS = [
  {
    name: 'first-screen',
    priority: 2,
    test: (id: string): boolean => FIRST_SCREEN_ROOTS.some((root) => path(id).endsWith(root)),
  },
  {
    name: 'app',
    priority: 1,
    test: (id: string): boolean => APP_ROOTS.test(path(id)),
  },
]
