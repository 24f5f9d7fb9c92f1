// The flaky tests `npm test` names (scripts/flaky-tests.mjs), read from a report in the shape
// Playwright's JSON reporter writes: files, nested describe blocks, specs, one test per project.
import { describe, expect, it } from 'vitest'
import { flakyTests } from '../../scripts/flaky-tests.mjs'

const spec = (title: string, ...statuses: string[]) => ({
  title,
  tests: statuses.map((status) => ({ status })),
})

describe('flakyTests', () => {
  it('names each test that passed only on retry, with its file and describe blocks', () => {
    const report = {
      suites: [
        {
          title: 'pwa.spec.ts',
          file: 'pwa.spec.ts',
          specs: [spec('offline reload', 'flaky'), spec('manifest', 'expected')],
          suites: [
            {
              title: 'update',
              specs: [spec('reload waits for a payment', 'expected', 'flaky')],
              suites: [],
            },
          ],
        },
        { title: 'nav.spec.ts', file: 'nav.spec.ts', specs: [spec('menu', 'unexpected')] },
      ],
    }
    expect(flakyTests(report)).toEqual([
      'pwa.spec.ts › offline reload',
      'pwa.spec.ts › update › reload waits for a payment',
    ])
  })

  it('is empty for a report without flaky tests or without suites', () => {
    expect(flakyTests({ suites: [{ title: 'a', specs: [spec('x', 'expected')] }] })).toEqual([])
    expect(flakyTests({})).toEqual([])
  })
})
