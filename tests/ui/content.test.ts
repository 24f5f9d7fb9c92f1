import { describe, expect, test } from 'vitest'
import { ERROR_CODES } from '../../src/bunq/error-codes'
import { ERROR_EXPLAINERS, explain } from '../../src/ui/error-explainers'
import { STEP_EXPLANATIONS } from '../../src/ui/step-explanations'
import { STEP_IDS as STEP_ORDER } from '../../src/state/live/step-results'

describe('error explainers', () => {
  test('every stable error code has a plain explanation and a fix', () => {
    for (const code of ERROR_CODES) {
      const entry = ERROR_EXPLAINERS[code]
      expect(entry, code).toBeDefined()
      expect(entry.title.length, code).toBeGreaterThan(5)
      expect(entry.what.length, code).toBeGreaterThan(30)
      expect(entry.fix.length, code).toBeGreaterThan(20)
    }
    expect(Object.keys(ERROR_EXPLAINERS).sort()).toEqual([...ERROR_CODES].sort())
  })

  test("bunq's real error texts are named where the codes come from them", () => {
    expect(ERROR_EXPLAINERS['bad-api-key-or-ip'].what).toContain('Incorrect API key or IP address.')
    expect(ERROR_EXPLAINERS['session-expired'].what).toContain('Insufficient authorisation.')
    expect(ERROR_EXPLAINERS['signature-required'].what).toContain('466')
    expect(ERROR_EXPLAINERS['bad-request-signature'].what).toContain(
      'The request signature is invalid.',
    )
    expect(ERROR_EXPLAINERS['rate-limited'].what).toContain('Too many requests.')
    expect(ERROR_EXPLAINERS.maintenance.fix).toMatch(/sandbox reset/)
  })

  test('CORS codes explain the relay command and the practice bank, never blaming bunq', () => {
    for (const code of ['cors-blocked', 'signature-header-unreadable'] as const) {
      expect(ERROR_EXPLAINERS[code].fix).toContain(
        'npm run relay -- --target https://public-api.sandbox.bunq.com --allow-origin',
      )
      expect(ERROR_EXPLAINERS[code].fix).toMatch(/practice bank/)
    }
    expect(ERROR_EXPLAINERS['cors-blocked'].what).toMatch(/not a bunq error/)
  })

  test('an unknown code still gets a readable fallback, in words rather than the code name', () => {
    const entry = explain('made-up-code')
    expect(entry.title).toBe('Something went wrong')
    expect(entry.what).toMatch(/no plain-words explanation/)
    // The card shows the code itself, in small print for support (ErrorExplainer).
    expect(entry.what).not.toContain('made-up-code')
  })

  test('every onboarding step names its token, what is signed and what returns', () => {
    for (const id of STEP_ORDER) {
      const text = STEP_EXPLANATIONS[id]
      expect(text.auth && text.signed && text.returns && text.what).toBeTruthy()
    }
    expect(STEP_EXPLANATIONS.session.signed).toMatch(/466/)
    expect(STEP_EXPLANATIONS.device.auth).toMatch(/installation token/)
  })
})
