// Pure helpers of `npm run bench`, by known answers (no measured figure is asserted).
import { describe, expect, it } from 'vitest'
import {
  figure,
  formatMarkdown,
  formatTable,
  judge,
  round,
  summarize,
} from '../../scripts/bench/stats'

describe('summarize', () => {
  it('gives min, median and max of an odd count', () => {
    expect(summarize([5, 1, 3])).toEqual({ runs: 3, min: 1, median: 3, max: 5 })
  })

  it('takes the mean of the middle two for an even count, without reordering the input', () => {
    const samples = [4, 1, 3, 2]
    expect(summarize(samples)).toEqual({ runs: 4, min: 1, median: 2.5, max: 4 })
    expect(samples).toEqual([4, 1, 3, 2])
  })

  it('refuses no samples or non-finite ones', () => {
    expect(() => summarize([])).toThrow(/at least one/)
    expect(() => summarize([1, Number.NaN])).toThrow(/finite/)
  })
})

describe('judge and round', () => {
  it('judges upper and lower bounds inclusively, and info as info', () => {
    expect(judge(60, { max: 60 })).toBe('pass')
    expect(judge(60.1, { max: 60 })).toBe('FAIL')
    expect(judge(300, { min: 300 })).toBe('pass')
    expect(judge(299, { min: 300 })).toBe('FAIL')
    expect(judge(1, 'info')).toBe('info')
  })

  it('keeps more decimals for small numbers', () => {
    expect(round(1234.567)).toBe(1234.6)
    expect(round(12.3456)).toBe(12.35)
    expect(round(0.12345)).toBe(0.123)
  })
})

describe('figure and tables', () => {
  it('uses the median as value unless told, and judges the value', () => {
    const f = figure('bootstrap', 'ms', { max: 400 }, [300, 500, 350])
    expect(f).toMatchObject({ value: 350, runs: 3, min: 300, median: 350, max: 500 })
    expect(f.target).toBe('<= 400')
    expect(f.verdict).toBe('pass')
    const g = figure('throughput', 'req/s', { min: 300 }, [250, 260], { value: 255, note: 'why' })
    expect(g).toMatchObject({ value: 255, verdict: 'FAIL', note: 'why', target: '>= 300' })
  })

  it('prints every column and one row per figure', () => {
    const figures = [figure('a', 'ms', { max: 1 }, [0.5]), figure('bb', 'kB', 'info', [2, 4])]
    const lines = formatTable(figures).split('\n')
    expect(lines[0].split(/\s+/)).toEqual([
      'name',
      'value',
      'unit',
      'target',
      'runs',
      'min',
      'median',
      'max',
      'verdict',
    ])
    expect(lines).toHaveLength(4)
    expect(lines[3].split(/\s+/)).toEqual(['bb', '3', 'kB', 'info', '2', '2', '3', '4', 'info'])
    const md = formatMarkdown(figures).split('\n')
    expect(md).toHaveLength(4)
    expect(md[2]).toBe('| a | 0.5 ms | <= 1 ms | 1 | 0.5 / 0.5 / 0.5 | pass |')
    expect(md[3]).toContain('| — |')
  })
})
