/**
 * Keeps keyboard focus inside the app when an action takes away the element that had it: a
 * button disabled while its request runs, a form replaced by its result, a dialog closed over a
 * button that is gone. Browsers then move focus to <body>, and the next Tab starts again at the
 * top of the page (docs/decisions/0019-header-and-focus.md).
 *
 * The keeper watches the DOM under `root`. When focus has fallen to <body> and the element that
 * last had it is gone, disabled or hidden, focus moves to the nearest place that is still there:
 * a result the view marked with `data-focus-result`, else an alert or status message, else the
 * first control, of the closest surviving ancestor (a card, form or section). A button that was
 * only disabled gets focus back once it is enabled again, if focus has not moved on meanwhile.
 */

const RESCUED = 'data-focus-rescued'
const CONTAINERS = 'section, article, form, fieldset, [role="dialog"], dialog, .card, main'
const CONTROLS =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]'

function visible(element: Element): boolean {
  if (!element.isConnected) return false
  if (element.closest('[hidden], [inert], .visually-hidden')) return false
  if (element instanceof HTMLElement && element.matches(':disabled')) return false
  return element.getClientRects().length > 0
}

function lost(element: Element | null): boolean {
  return element === null || !visible(element)
}

/** The first thing worth focusing inside `scope`, newest result first. */
function targetIn(scope: Element): HTMLElement | null {
  const results = [...scope.querySelectorAll<HTMLElement>('[data-focus-result]')].filter(visible)
  if (results.length > 0) return results[results.length - 1]
  const messages = [...scope.querySelectorAll<HTMLElement>('[role="alert"], [role="status"]')]
    .filter(visible)
    .filter((m) => (m.textContent ?? '').trim() !== '')
  if (messages.length > 0) return messages[messages.length - 1]
  return [...scope.querySelectorAll<HTMLElement>(CONTROLS)].find(visible) ?? null
}

function focusRescue(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1')
  }
  element.setAttribute(RESCUED, '')
  element.addEventListener('blur', () => element.removeAttribute(RESCUED), { once: true })
  element.focus()
}

export function keepFocus(root: HTMLElement): () => void {
  const doc = root.ownerDocument
  let last: Element | null = null
  let chain: Element[] = []
  // While focus waits on a rescue: where the action happened, and the button it disabled.
  let scope: Element | null = null
  let waitingFor: HTMLElement | null = null

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element
    if (target.hasAttribute(RESCUED)) return
    last = target
    chain = []
    for (let node = target.parentElement; node && node !== root; node = node.parentElement) {
      if (node.matches(CONTAINERS)) chain.push(node)
    }
    scope = null
    waitingFor = null
  }

  const rescue = () => {
    const active = doc.activeElement
    if (active instanceof HTMLElement && active.hasAttribute(RESCUED)) {
      // Focus waits on a rescue: a result of the action, or the button enabled again, takes it.
      const result = scope
        ? [...scope.querySelectorAll<HTMLElement>('[data-focus-result]')].filter(visible).pop()
        : undefined
      const next = result ?? (waitingFor && visible(waitingFor) ? waitingFor : undefined)
      if (next && next !== active) {
        scope = null
        waitingFor = null
        if (next.hasAttribute('data-focus-result')) focusRescue(next)
        else next.focus()
      }
      return
    }
    if (active && active !== doc.body) return
    if (!last || !lost(last)) return
    scope = chain.find(visible) ?? root
    const disabled = last instanceof HTMLElement && last.isConnected && last.matches(':disabled')
    waitingFor = disabled ? (last as HTMLElement) : null
    const target = targetIn(scope) ?? (scope instanceof HTMLElement ? scope : root)
    focusRescue(target)
  }

  const observer = new MutationObserver(rescue)
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'open', 'inert', 'class', 'data-focus-result'],
  })
  root.addEventListener('focusin', onFocusIn)
  return () => {
    observer.disconnect()
    root.removeEventListener('focusin', onFocusIn)
  }
}
