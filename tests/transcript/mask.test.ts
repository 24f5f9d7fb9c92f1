import { describe, expect, it } from 'vitest'
import { maskForPresenter, maskIban, maskIbansIn } from '../../src/transcript/mask'

describe('presenter masking', () => {
  it('keeps only the country code and the last four characters of an IBAN', () => {
    expect(maskIban('NL91BUNQ2025123412')).toBe('NL** **** **** **34 12')
    expect(maskIban('NL91 BUNQ 2025 1234 12')).toBe('NL** **** **** **34 12')
    expect(maskIban('NL9')).toBe('••••')
  })

  it('masks IBANs inside any text, plain or grouped', () => {
    const text = '{"iban":"NL91BUNQ2025123412"} and NL02 BUNQ 0000 0000 99 too'
    const out = maskIbansIn(text)
    expect(out).not.toContain('NL91BUNQ2025123412')
    expect(out).not.toContain('BUNQ 0000 0000')
    expect(out).toContain('**34 12')
    expect(out).toContain('**00 99')
  })

  it('hides known secrets whole, and anything shaped like a key or token', () => {
    const apiKey = 'sandbox_fake0000000000000000000000000000000000000000'
    const token = 'f'.repeat(64)
    const given = 'a-fake-signature-value-for-the-test'
    const text = `key ${apiKey} token ${token} sig ${given}`
    const out = maskForPresenter(text, [given])
    for (const secret of [apiKey, token, given]) expect(out).not.toContain(secret)
    expect(out).not.toContain('sandbox_fake')
    expect(out).toBe('key •••• token •••• sig ••••')
  })
})
