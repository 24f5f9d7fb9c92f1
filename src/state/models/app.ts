import type { Deferred } from './base'
import type {
  AccountsModel,
  ConsoleModel,
  HistoryModel,
  OnboardingModel,
  PracticeBankModel,
  SessionModel,
  SettingsModel,
  VaultModel,
} from './contracts'

export interface Connectivity {
  readonly online: boolean
}

/** Everything App.svelte needs; built in src/main.ts (the composition root). */
export interface AppModels {
  vault: VaultModel
  session: SessionModel
  onboarding: OnboardingModel
  accounts: AccountsModel
  /** Built when the Console first opens (docs/decisions/0029). */
  console: Deferred<ConsoleModel>
  history: HistoryModel
  settings: SettingsModel
  connectivity: Connectivity
  /** The Platform clock (countdowns); tests pass a fixed one. */
  now: () => number
  /**
   * The in-page practice bank's controls (route #/practice-bank), built when that page first
   * opens (docs/decisions/0029); absent with fake models.
   */
  practice?: Deferred<PracticeBankModel>
}
