/// <reference types="svelte" />
/// <reference types="vite/client" />
/**
 * The bench page: the protocol core, the practice bank, the vault and the history view, bundled
 * by Vite like the app (scripts/bench/vite.page.config.ts) and driven from scripts/bench/browser.ts.
 * Everything is exposed on `window.bench` for page.evaluate().
 */
import { bootstrapOnce, overhead } from './core-bench'
import * as history from './history-bench'
import { unlockTimes } from './unlock-bench'

const bench = { bootstrapOnce, overhead, unlockTimes, history }
export type PageBench = typeof bench

declare global {
  interface Window {
    bench: PageBench
  }
}

window.bench = bench
document.title = 'bench ready'
