/**
 * The onboarding steps as data: their order, the stage each one needs done, and the one-line
 * result each shows, derived from the ApiContext so a resumed tab shows them too (no secret in
 * any line: the API key appears only through maskSecret's short prefix).
 */
import { maskSecret } from '../../bunq/mask-secret'
import type { ApiContext, OnboardingStage } from '../../bunq/context'
import type { OnboardingStepId } from '../models/session-onboarding'

export const STEP_IDS: readonly OnboardingStepId[] = [
  'create-user',
  'key-pair',
  'installation',
  'device',
  'session',
]

/** The onboarding machine's stages in order (docs/architecture.md, "one state class per model"); index = steps done. */
export const STAGES: readonly OnboardingStage[] = [
  'no-user',
  'keyed',
  'key-pair',
  'installed',
  'device-registered',
  'session',
]

export function stepsDone(stage: OnboardingStage): number {
  return STAGES.indexOf(stage)
}

/** What a finished step produced, in one line. */
export function stepResult(step: OnboardingStepId, context: ApiContext): string | null {
  switch (step) {
    case 'create-user':
      return context.apiKey ? `API key received (${maskSecret(context.apiKey)}).` : null
    case 'key-pair':
      return context.publicKeyPem
        ? 'RSA-2048 key pair made in this page; the private key is kept encrypted in the vault.'
        : null
    case 'installation':
      return context.installation
        ? `Installation token received; bunq's server public key stored${context.installation.id ? ` (installation #${context.installation.id})` : ''}.`
        : null
    case 'device':
      return context.device
        ? `Device "${context.device.description}" registered${context.device.id ? ` (#${context.device.id})` : ''}.`
        : null
    case 'session':
      return context.session
        ? `Session open for user #${context.session.userId} (${context.session.userType}).`
        : null
  }
}
