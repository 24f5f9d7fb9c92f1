// Types for scripts/flaky-tests.mjs (plain Node), so TypeScript tests can import it.
export interface PlaywrightSuite {
  title: string
  file?: string
  specs?: { title: string; tests: { status: string }[] }[]
  suites?: PlaywrightSuite[]
}
export function flakyTests(report: { suites?: PlaywrightSuite[] }): string[]
