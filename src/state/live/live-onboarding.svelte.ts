/**
 * The real OnboardingModel: the five steps of docs/protocol.md §4 as a state machine derived from
 * the stored context (onboardingStage), so a reloaded tab resumes where it stopped. Each run
 * goes through the BunqClient's flows, which persist the new context through the Workspace; the
 * step keeps the exchange it made (raw in memory only) and any failure as a UiError with retry.
 */
import { environmentOf } from '../../bunq/bank'
import type { ApiContext, Environment } from '../../bunq/context'
import { BunqError } from '../../errors'
import type { ExchangeEvent } from '../../bunq/exchange'
import { IDLE, type ActionState, type UiError } from '../models/base'
import type {
  OnboardingStep,
  OnboardingStepId,
  SandboxUserKind,
} from '../models/session-onboarding'
import { acceptPastedKey } from './check-api-key'
import type { HistorySource } from './live-onboarding-history'
import { STEP_IDS, stepResult, stepsDone } from './step-results'
import { StoredStepExchanges } from './stored-step-exchanges'
import { failed, track, toUiError } from '../ui-error'
import type { Workspace } from './workspace.svelte'

interface StepRun {
  running: boolean
  error: UiError | null
  exchange: ExchangeEvent | null
}

const NO_RUN: StepRun = { running: false, error: null, exchange: null }

export interface OnboardingDeps {
  workspace: Workspace
  /** Settings' production switch (a typed confirmation unlocks it, never remembered). */
  productionUnlocked: () => boolean
  /** Where a finished step finds its exchange after a reload (the redacted copy). */
  history?: HistorySource
}

export class LiveOnboarding {
  #runs = $state<Record<OnboardingStepId, StepRun>>({
    'create-user': NO_RUN,
    'key-pair': NO_RUN,
    installation: NO_RUN,
    device: NO_RUN,
    session: NO_RUN,
  })
  #source = $state<'created' | 'pasted' | null>(null)
  #apiKeyAction = $state<ActionState>(IDLE)
  #kind: SandboxUserKind = 'person'
  readonly #ws: Workspace
  readonly #productionUnlocked: () => boolean
  readonly #stored: StoredStepExchanges

  constructor(deps: OnboardingDeps) {
    this.#ws = deps.workspace
    this.#productionUnlocked = deps.productionUnlocked
    this.#stored = new StoredStepExchanges(deps.history)
  }

  /** Derived from the context (src/bunq/context.ts onboardingStage). */
  get stage() {
    void this.#ws.version
    return this.#ws.stage()
  }
  /** Always the five steps, in order. */
  get steps(): readonly OnboardingStep[] {
    const context = this.#ws.context
    const done = stepsDone(this.stage)
    return STEP_IDS.map((id, index): OnboardingStep => {
      const run = this.#runs[id]
      const status =
        index < done
          ? 'done'
          : index > done
            ? 'locked'
            : run.running
              ? 'running'
              : run.error
                ? 'failed'
                : 'ready'
      return {
        id,
        status,
        exchange:
          run.exchange ?? (status === 'done' && context ? this.#stored.get(id, context) : null),
        error: status === 'failed' ? run.error : null,
        result: status === 'done' && context ? stepResult(id, context) : null,
      }
    })
  }
  /**
   * True while a reloaded tab still reads History for the exchanges of its done steps: the view
   * waits, so the steps appear whole rather than gaining their "Show the raw exchange" a moment
   * later. Never while onboarding runs in this tab: its steps hold their own exchanges.
   */
  get restoring(): boolean {
    if (this.#ws.context === null) return false
    const done = STEP_IDS.slice(0, stepsDone(this.stage))
    // Steps run in this tab hold their own exchange; only the others come from History.
    const fromHistory = done.filter((id) => id !== 'key-pair' && !this.#runs[id].exchange)
    return fromHistory.length > 0 && this.#stored.reading
  }
  /** Where the API key came from: created here, pasted, or none yet. */
  get apiKeySource() {
    return this.#ws.context?.apiKey ? (this.#source ?? 'created') : 'none'
  }
  /** The API key itself (a secret: show only through SecretText), null before step 1. */
  get apiKey() {
    return this.#ws.context?.apiKey ?? null
  }
  get environment(): Environment {
    return this.#ws.environment
  }
  /** The client public key PEM after step 2 (public, safe to show). */
  get publicKeyPem() {
    return this.#ws.context?.publicKeyPem ?? null
  }
  /** Result of the last createSandboxUser/useApiKey call. */
  get apiKeyAction() {
    return this.#apiKeyAction
  }

  /** Step 1 for the sandbox: POST /sandbox-user-person or /sandbox-user-company (§4.1). */
  async createSandboxUser(kind: SandboxUserKind) {
    this.#kind = kind
    this.#apiKeyAction = { status: 'running', message: null, error: null }
    try {
      await this.#ws.ensureContext(kind === 'company' ? 'Sandbox company' : 'Sandbox person')
    } catch (error) {
      this.#apiKeyAction = failed(error)
      return
    }
    const ok = await this.#runStep('create-user', true)
    this.#apiKeyAction = ok
      ? {
          status: 'done',
          message: `Sandbox ${kind} created; its API key is in your vault.`,
          error: null,
        }
      : { status: 'failed', message: null, error: this.#runs['create-user'].error }
    if (ok) this.#source = 'created'
  }

  /** Uses a key the user already has; checks its environment (`sandbox_` prefix, §2). */
  async useApiKey(key: string) {
    await track(
      (state) => (this.#apiKeyAction = state),
      async () => {
        const { apiKey, environment } = acceptPastedKey(
          key,
          this.#productionUnlocked(),
          this.#ws.vaultProtection === 'passphrase',
        )
        // A key belongs to the bank that issued it: it joins a context of the bank chosen only
        // if it is that bank's kind of key (docs/decisions/0023).
        const bank = this.#ws.bankStatus
        if (environment !== environmentOf(bank.bank))
          throw new BunqError(
            'wrong-bank',
            `This is a ${environment === 'PRODUCTION' ? 'production' : 'sandbox'} key, but the bank chosen is ${bank.label}.`,
            'Choose the bank that issued this key in Settings, then paste it again.',
          )
        await this.#ws.ensureContext(environment === 'SANDBOX' ? 'Sandbox key' : 'Production key')
        // A new key starts installation, device and session over (they belong to the old key).
        await this.#ws.holder.set({
          ...(this.#ws.holder.get() as ApiContext),
          environment,
          apiKey,
          installation: null,
          device: null,
          session: null,
        })
        this.#source = 'pasted'
        this.#runs['create-user'] = NO_RUN
        return `Key accepted (${environment === 'SANDBOX' ? 'sandbox' : 'production'}).`
      },
    )
  }

  /** Runs one step (only when its status is `ready` or `failed`). */
  async run(step: OnboardingStepId) {
    const current = this.steps.find((s) => s.id === step)
    if (current?.status !== 'ready' && current?.status !== 'failed') return
    await this.#runStep(step, false)
  }

  /** Runs every remaining step in order, stopping at the first failure. */
  async runAll() {
    for (const id of STEP_IDS) {
      const step = this.steps.find((s) => s.id === id)
      if (step?.status === 'done') continue
      if (id === 'create-user') {
        if (step?.status === 'ready' || step?.status === 'failed')
          await this.createSandboxUser(this.#kind)
      } else await this.run(id)
      if (this.steps.find((s) => s.id === id)?.status !== 'done') return
    }
  }

  async #runStep(step: OnboardingStepId, force: boolean): Promise<boolean> {
    if (!force && this.#runs[step].running) return false
    this.#runs[step] = { running: true, error: null, exchange: this.#runs[step].exchange }
    const seen: { last: ExchangeEvent | null } = { last: null }
    try {
      const client = await this.#ws.client()
      await this.#ws.capture(
        (event) => (seen.last = event),
        () => {
          if (step === 'create-user') return client.createSandboxUser(this.#kind)
          if (step === 'key-pair') return client.generateKeyPair()
          if (step === 'installation') return client.install()
          if (step === 'device') return client.registerDevice()
          return client.openSession()
        },
      )
      this.#runs[step] = { running: false, error: null, exchange: seen.last }
      return true
    } catch (error) {
      this.#runs[step] = { running: false, error: toUiError(error), exchange: seen.last }
      return false
    }
  }
}
