// Reads Playwright's JSON report for scripts/test-all.mjs.

/** "file › title" of every test Playwright's JSON report marks flaky, walking nested suites. */
export function flakyTests(report) {
  const names = []
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((test) => test.status === 'flaky'))
        names.push([...path, spec.title].join(' › '))
    for (const child of suite.suites ?? []) visit(child, [...path, child.title])
  }
  for (const suite of report.suites ?? []) visit(suite, [suite.file ?? suite.title])
  return names
}
