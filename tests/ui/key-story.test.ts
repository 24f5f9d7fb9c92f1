/**
 * The private key story, told the same way wherever it is told: non-extractable while in use,
 * stored encrypted, and out of the page only in an exported bunq.conf.
 */
import { describe, expect, test } from 'vitest'
import { firstPayment } from '../../src/lessons/first-payment'
import { STEP_EXPLANATIONS } from '../../src/ui/step-explanations'

const lessonStep = firstPayment.steps.find((step) => step.id === 'key-pair')

describe('the private key story', () => {
  test.each([
    ['onboarding key-pair step', STEP_EXPLANATIONS['key-pair'].what],
    ['first-payment lesson', (lessonStep?.explain ?? []).join(' ')],
  ])('%s says all three facts', (_where, text) => {
    expect(text).toMatch(/non-extractable/)
    expect(text).toMatch(/stored only encrypted/)
    expect(text).toMatch(/leaves the page only (if you export a|in a) bunq\.conf/)
    expect(text).not.toMatch(/never leaves/i)
  })
})
