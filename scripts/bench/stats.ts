/**
 * Pure helpers for `npm run bench`: summarise samples, judge a figure against its target, and
 * print the table. No I/O here, so tests/bench can check them with known answers.
 */

/** A target: the value must stay at most `max`, or reach at least `min`; 'info' has no target. */
export type Target = { max: number } | { min: number } | 'info'

/** One row of bench/results.json (name, value, unit, target, runs, min, median, max). */
export interface Figure {
  name: string
  value: number
  unit: string
  /** Human-readable, e.g. "<= 60" or ">= 300"; "info" when the figure only informs. */
  target: string
  runs: number
  min: number
  median: number
  max: number
  verdict: Verdict
  /** What the figure means or why it missed, in a sentence. */
  note?: string
}

export type Verdict = 'pass' | 'FAIL' | 'info'

export interface Summary {
  runs: number
  min: number
  median: number
  max: number
}

/** min / median / max of the samples (the median of an even count is the mean of the middle two). */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize needs at least one sample')
  if (samples.some((s) => !Number.isFinite(s))) throw new Error('samples must be finite numbers')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { runs: sorted.length, min: sorted[0], median, max: sorted[sorted.length - 1] }
}

export function judge(value: number, target: Target): Verdict {
  if (target === 'info') return 'info'
  if ('max' in target) return value <= target.max ? 'pass' : 'FAIL'
  return value >= target.min ? 'pass' : 'FAIL'
}

export function targetText(target: Target): string {
  if (target === 'info') return 'info'
  return 'max' in target ? `<= ${target.max}` : `>= ${target.min}`
}

/** Rounds to a precision that suits the magnitude (3 significant decimals for small numbers). */
export function round(value: number): number {
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 3
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/**
 * Builds a figure from samples. `value` defaults to the median; pass one when the headline is
 * computed differently (e.g. total requests / total seconds for throughput).
 */
export function figure(
  name: string,
  unit: string,
  target: Target,
  samples: readonly number[],
  options: { value?: number; note?: string } = {},
): Figure {
  const s = summarize(samples)
  const value = round(options.value ?? s.median)
  return {
    name,
    value,
    unit,
    target: targetText(target),
    runs: s.runs,
    min: round(s.min),
    median: round(s.median),
    max: round(s.max),
    verdict: judge(value, target),
    ...(options.note ? { note: options.note } : {}),
  }
}

const COLUMNS = ['name', 'value', 'unit', 'target', 'runs', 'min', 'median', 'max', 'verdict']

/** A fixed-width text table of the figures, one row each: name, value, unit, target, runs, min, median, max. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    String(f.value),
    f.unit,
    f.target,
    String(f.runs),
    String(f.min),
    String(f.median),
    String(f.max),
    f.verdict,
  ])
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 || i === 2 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd()
  return [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** The README table: markdown, one row per figure. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const head =
    '| figure | value | target | runs | min / median / max | verdict |\n|---|---:|---|---:|---|---|'
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${f.value} ${f.unit} | ${f.target === 'info' ? '—' : `${f.target} ${f.unit}`} | ${f.runs} | ${f.min} / ${f.median} / ${f.max} | ${f.verdict} |`,
  )
  return [head, ...rows].join('\n')
}
