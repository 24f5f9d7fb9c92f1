/**
 * Small helpers for the vault components: run a vault action and keep its failure next to the
 * control that caused it, and download a text file without inline script (CSP-safe: a Blob URL
 * on a temporary <a download>, revoked right after).
 */
import type { UiError, VaultModel } from '../../state/models'

/**
 * Runs `work`; if the vault reported a failure, returns it and clears the vault's shared error,
 * so the message shows once, beside the form that caused it. Never throws (models never do).
 */
export async function runVaultAction(
  vault: VaultModel,
  work: () => Promise<unknown>,
): Promise<UiError | null> {
  await work()
  const error = vault.error
  if (error) vault.dismissError()
  return error
}

/** Saves `text` as a file called `filename` through the browser's download. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A file-name-safe form of a context name: "Alice B." -> "alice-b". */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'context'
}
