/**
 * How the build cuts the app into files (docs/decisions/0007; figures in docs/performance.md), as
 * Rolldown `codeSplitting` groups for vite.config.ts. Left to itself the bundler makes a file for
 * every distinct set of importers, some 80 in all; each is compressed on its own, so Svelte's
 * helpers are paid for again in each (the first screen cost 64 kB gzip as 35 files, 56 kB as one).
 *
 * 1. `first-screen`: what main.ts awaits before it mounts (the shell, the Start view, the models),
 *    with everything they import statically, the Svelte runtime included.
 * 2. `app`: by folder, the rest of the app's own code (see APP_FOLDERS), fetched by the first
 *    navigation or action, or by the idle prefetch after the first screen (src/boot/prefetch.ts).
 * 3. Left to the bundler: the workshop (src/lessons, src/ui/lessons) and the practice bank, which
 *    many visits never open, and the entries (main.ts, src/pwa/boot.ts) with what they import.
 *
 * The folder rule has one consequence to keep in mind: a module an entry imports statically must
 * not live in an APP_FOLDERS folder (unless the first screen uses it too), or the entry would fetch
 * all of `app` at start. That is why the PWA's toast lives in src/pwa. `npm run bench` shows at once
 * if `app` ever lands in the first load.
 */

/** The modules main.ts awaits before the first screen (it imports them by these paths). */
const FIRST_SCREEN_ROOTS = [
  'src/App.svelte',
  'src/ui/views/StartView.svelte',
  'src/state/create-app-models.ts',
]

/**
 * Folders (under src/) whose code the first screen does not take goes to `app`. `state/live/`
 * holds the models built when their view first opens (the console, the practice bank's controls,
 * the accounts' extras and statements; docs/decisions/0029) and the code of first actions (top-up,
 * curl export): they load with the views, in the same file, not as tiny files of their own. The
 * words for a transport diagnosis load with the transport code (src/state/ui-error.ts).
 */
const APP_FOLDERS = [
  'ui/',
  'bunq/',
  'transport/',
  'crypto/',
  'snippets/',
  'state/live/',
  'state/diagnosis-words.ts',
]

/**
 * ...except these, which load on their own routes (the workshop's views and parts) or when their
 * view opens (the console's catalogue of all operations, docs/decisions/0013), and the X.509
 * reader with its ASN.1 library, loaded by the practice bank's first PSD2 call (docs/decisions/0027).
 */
const ON_DEMAND_FOLDERS = ['ui/lessons/', 'ui/console/', 'crypto/certificate.ts']

/** The module's path under src/ ("ui/views/X.svelte"), or null outside src/. */
function underSrc(id: string): string | null {
  const path = id.replaceAll('\\', '/')
  const at = path.lastIndexOf('/src/')
  return at < 0 || path.includes('/node_modules/') ? null : path.slice(at + '/src/'.length)
}

const inFolder = (path: string, folders: readonly string[]) =>
  folders.some((f) => path.startsWith(f))

/** The groups, highest priority first (a module goes to the first group that captures it). */
export const APP_CHUNK_GROUPS = [
  {
    name: 'first-screen',
    priority: 2,
    test: (id: string): boolean =>
      FIRST_SCREEN_ROOTS.some((root) => `src/${underSrc(id)}` === root),
  },
  {
    name: 'app',
    priority: 1,
    test: (id: string): boolean => {
      const path = underSrc(id)
      return path !== null && inFolder(path, APP_FOLDERS) && !inFolder(path, ON_DEMAND_FOLDERS)
    },
  },
]
