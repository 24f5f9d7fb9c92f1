// The words for a transport diagnosis load with the transport code, not with the first screen
// (src/state/ui-error.ts, docs/decisions/0029). Before they are there a failed call is still a
// UiError with its code (never a crash); once loaded it reads as the diagnosis in words. The two
// tests run in this order on purpose: the words, once loaded, stay for the module's life.
import { describe, expect, it } from 'vitest'
import { diagnosisError } from '../../src/state/diagnosis-words'
import { loadDiagnosisWords, toUiError } from '../../src/state/ui-error'
import { relayFailureDiagnosis } from '../../src/transport/diagnose'
import { transportErrorFrom } from '../../src/transport/errors'

const failed = () =>
  transportErrorFrom(relayFailureDiagnosis('relay', 'http://127.0.0.1:8787/v1', 'timeout'))

describe('toUiError of a transport diagnosis', () => {
  it('before the words are loaded: the error code, as for any BunqError', () => {
    const error = failed()
    expect(toUiError(error)).toMatchObject({ code: error.code, message: error.message })
  })

  it('once loaded: the diagnosis in words, as Settings and the banner say it', async () => {
    await loadDiagnosisWords()
    const error = failed()
    expect(toUiError(error)).toEqual(diagnosisError(error.diagnosis))
    expect(toUiError(error).message).toContain('relay')
  })
})
