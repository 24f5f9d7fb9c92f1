/** An OnboardingModel that walks the five steps with canned exchanges; faults can be injected. */
import type { Environment, OnboardingStage } from '../../../src/bunq/context'
import {
  IDLE,
  type ActionState,
  type OnboardingModel,
  type OnboardingStep,
  type OnboardingStepId,
  type SandboxUserKind,
  type UiError,
} from '../../../src/state/models'
// The one list of steps and stages: the real model's.
import { STAGES, STEP_IDS as STEP_ORDER } from '../../../src/state/live/step-results'
import { STEP_RESULTS, stepExchange } from './onboarding-exchanges'
import { FAKE_API_KEY, FAKE_PUBLIC_KEY_PEM } from './sample-exchanges'

export interface FakeOnboardingOptions {
  /** How many steps are already done (0-5). */
  done?: number
  now?: () => number
  /** Make this step fail (once) with this error. */
  fail?: { step: OnboardingStepId; error: UiError }
}

export class FakeOnboarding implements OnboardingModel {
  #steps = $state<OnboardingStep[]>([])
  #source = $state<'none' | 'created' | 'pasted'>('none')
  #apiKey = $state<string | null>(null)
  #apiKeyAction = $state<ActionState>(IDLE)
  #kind: SandboxUserKind = 'person'
  #now: () => number
  #fail: FakeOnboardingOptions['fail']
  readonly environment: Environment = 'SANDBOX'
  /** The fake's exchanges are in memory: nothing to read back. */
  readonly restoring = false

  constructor(options: FakeOnboardingOptions = {}) {
    this.#now = options.now ?? (() => 1_767_225_600_000)
    this.#fail = options.fail
    const done = options.done ?? 0
    this.#steps = STEP_ORDER.map((id, index) => ({
      id,
      status: index < done ? 'done' : index === done ? 'ready' : 'locked',
      exchange: index < done ? stepExchange(id, this.#now()) : null,
      error: null,
      result: index < done ? STEP_RESULTS[id] : null,
    }))
    if (done > 0) {
      this.#apiKey = FAKE_API_KEY
      this.#source = 'created'
    }
  }

  get stage(): OnboardingStage {
    return STAGES[this.#steps.filter((s) => s.status === 'done').length]
  }
  get steps() {
    return this.#steps
  }
  get apiKeySource() {
    return this.#source
  }
  get apiKey() {
    return this.#apiKey
  }
  get publicKeyPem() {
    return this.#steps[1].status === 'done' ? FAKE_PUBLIC_KEY_PEM : null
  }
  get apiKeyAction() {
    return this.#apiKeyAction
  }

  async createSandboxUser(kind: SandboxUserKind) {
    this.#kind = kind
    await this.run('create-user')
    if (this.#steps[0].status === 'done')
      this.#apiKeyAction = { status: 'done', message: `Sandbox ${kind} created.`, error: null }
  }

  async useApiKey(key: string) {
    const trimmed = key.trim()
    if (!trimmed.startsWith('sandbox_')) {
      const error = {
        code: 'production-locked',
        message: 'This is not a sandbox key (sandbox keys start with "sandbox_").',
        hint: 'Unlock production in Settings first, or paste a sandbox key.',
      }
      this.#apiKeyAction = { status: 'failed', message: null, error }
      return
    }
    this.#apiKey = trimmed
    this.#source = 'pasted'
    this.#set(0, { status: 'done', result: 'API key pasted and stored in the vault.', error: null })
    this.#unlockNext(0)
    this.#apiKeyAction = { status: 'done', message: 'Key accepted (sandbox).', error: null }
  }

  async run(step: OnboardingStepId) {
    const index = STEP_ORDER.indexOf(step)
    const current = this.#steps[index]
    if (current.status !== 'ready' && current.status !== 'failed') return
    this.#set(index, { status: 'running', error: null })
    await Promise.resolve()
    const exchange = stepExchange(step, this.#now(), this.#kind)
    if (this.#fail?.step === step) {
      const error = this.#fail.error
      this.#fail = undefined
      this.#set(index, { status: 'failed', error, exchange })
      return
    }
    this.#set(index, { status: 'done', exchange, result: STEP_RESULTS[step] })
    if (step === 'create-user') {
      this.#apiKey = FAKE_API_KEY
      this.#source = 'created'
    }
    this.#unlockNext(index)
  }

  async runAll() {
    for (const id of STEP_ORDER) {
      const step = this.#steps.find((s) => s.id === id)
      if (step?.status === 'done') continue
      await this.run(id)
      if (this.#steps.find((s) => s.id === id)?.status !== 'done') return
    }
  }

  #unlockNext(index: number) {
    if (index + 1 < this.#steps.length && this.#steps[index + 1].status === 'locked')
      this.#set(index + 1, { status: 'ready' })
  }

  #set(index: number, patch: Partial<OnboardingStep>) {
    this.#steps[index] = { ...this.#steps[index], ...patch }
  }
}
