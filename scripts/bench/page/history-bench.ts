/**
 * The app's HistoryView mounted with 5,000 exchanges, timed inside Chromium. Node reads the heap
 * between the phases over CDP (after a forced GC); the page times the work itself.
 * "Render" and "scroll frame" are the synchronous work the browser must do before it can paint:
 * Svelte's update plus style and layout (forced by reading a layout property), not the wait for
 * the next vsync, which headless Chromium paces at 60 Hz whatever the work.
 */
import { flushSync, mount, unmount } from 'svelte'
import type { Exchange } from '../../../src/bunq/exchange'
import '../../../src/ui/styles/tokens.css'
import '../../../src/ui/styles/base.css'
import HistoryView from '../../../src/ui/views/HistoryView.svelte'
import { BenchHistory } from './history-model'

let model: BenchHistory | null = null
let view: ReturnType<typeof mount> | null = null
let longFrames = 0

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Builds the model; the exchanges come from the request-overhead run. */
export function build(samples: Exchange[], size: number): number {
  model = new BenchHistory(samples, size)
  return model.count
}

/** Mounts the view; returns ms from mount() to laid out. */
export async function render(): Promise<number> {
  if (!model) throw new Error('build() first')
  const target = document.getElementById('app')!
  try {
    new PerformanceObserver((list) => (longFrames += list.getEntries().length)).observe({
      type: 'long-animation-frame',
      buffered: false,
    })
  } catch {
    longFrames = -1 // this Chromium does not report long animation frames
  }
  await frame()
  const t = performance.now()
  view = mount(HistoryView, { target, props: { history: model } })
  flushSync()
  void target.getBoundingClientRect().height // forces style + layout now
  const ms = performance.now() - t
  await frame()
  return ms
}

/** Scrolls through the list: far jumps and one-row steps; returns ms of work per scroll. */
export async function scroll(steps: number): Promise<number[]> {
  const scroller = document.querySelector<HTMLElement>('.scroller')
  if (!scroller || !model) throw new Error('render() first')
  const span = scroller.scrollHeight - scroller.clientHeight
  const times: number[] = []
  for (let i = 0; i < steps; i++) {
    const far = i % 2 === 0
    const y = far ? (((i * 7919) % 97) / 97) * span : Math.min(span, scroller.scrollTop + 48)
    const t = performance.now()
    scroller.scrollTop = y
    scroller.dispatchEvent(new Event('scroll')) // the view's handler reads scrollTop
    flushSync()
    void scroller.firstElementChild?.nextElementSibling?.getBoundingClientRect().height
    times.push(performance.now() - t)
    await frame()
  }
  return times
}

/** What is in the DOM now: list rows and all elements. */
export function domCounts(): { rows: number; elements: number; first: string | null } {
  const rows = document.querySelectorAll('.scroller li')
  return {
    rows: rows.length,
    elements: document.getElementsByTagName('*').length,
    first: rows[0]?.getAttribute('aria-posinset') ?? null,
  }
}

export function longAnimationFrames(): number {
  return longFrames
}

export function teardown(): void {
  if (view) unmount(view)
  view = null
  model = null
}
