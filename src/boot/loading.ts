/**
 * The first paint ("paint the shell first"): a plain-DOM placeholder that main.ts puts in
 * #app before the app's chunks load, so the page shows something at once and no Svelte component
 * is needed for it. It uses the app's own tokens (class `app`, theme `system`): the stored theme is
 * only known once the settings have loaded.
 */

/** Shows "Loading…" in the target; returns a function that removes it again. */
export function showLoading(target: HTMLElement, doc: Document = document): () => void {
  const shell = doc.createElement('div')
  shell.className = 'app boot-loading'
  shell.dataset.theme = 'system'
  const status = doc.createElement('p')
  status.setAttribute('role', 'status')
  status.textContent = 'Loading the workbench…'
  shell.append(status)
  target.append(shell)
  return () => shell.remove()
}

/** Replaces the placeholder with a plain failure line (a chunk that did not load, e.g. offline). */
export function showLoadFailure(target: HTMLElement, error: unknown, doc: Document = document) {
  const line = doc.createElement('p')
  line.setAttribute('role', 'alert')
  line.textContent =
    'The workbench could not start. Reload the page; if you are offline, it works once it has ' +
    'been opened online one time.'
  target.replaceChildren(line)
  console.error('Workbench start failed:', error)
}
