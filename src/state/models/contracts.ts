/**
 * The views' contracts: each model's type is the public type of its runes class
 * (docs/decisions/0009-one-state-class-per-model.md). A class documents its own members; this file
 * only names which public members are wiring for the composition root or hooks for tests, and so
 * are not the views' to call. Test fakes (tests/support/fakes) implement these types.
 */
import type { LiveAccounts } from '../live/live-accounts.svelte'
import type { LiveConsole } from '../live/live-console.svelte'
import type { LiveMoneyExtras } from '../live/live-money-extras.svelte'
import type { LiveStatements } from '../live/live-statements.svelte'
import type { LiveHistory } from '../live/live-history.svelte'
import type { LiveOnboarding } from '../live/live-onboarding.svelte'
import type { LiveSession } from '../live/live-session.svelte'
import type { PracticeClock } from '../live/practice-clock.svelte'
import type { PracticeControls } from '../live/practice-controls.svelte'
import type { Settings } from '../settings.svelte'
import type { Vault } from '../vault.svelte'
import type { Deferred, Public } from './base'

/** `T` with the members `K` optional: what a fake without a bank may leave out. */
type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>

export type VaultModel = Public<Vault>
/** `bank` is optional: the fakes have no bank choice. */
export type SessionModel = Optional<Public<LiveSession>, 'bank'>
export type OnboardingModel = Public<LiveOnboarding>
/** `clear` and `load` are the accounts model's to call (it loads and clears them with its own). */
export type MoneyExtrasModel = Omit<Public<LiveMoneyExtras>, 'clear' | 'load'>
/** `clear` is the accounts model's to call, on a context switch. */
export type StatementsModel = Omit<Public<LiveStatements>, 'clear'>
/**
 * `settled`: tests wait for a lazy load with it. `extras` and `statements` are built when the
 * Accounts view first needs them (docs/decisions/0029). `statements` is optional: the fakes have none.
 */
export type AccountsModel = Omit<Public<LiveAccounts>, 'settled' | 'extras' | 'statements'> & {
  readonly extras: Deferred<MoneyExtrasModel>
  readonly statements?: Deferred<StatementsModel>
}
/** The catalogue of common endpoints is static teaching content: src/ui/console-catalogue.ts. */
export type ConsoleModel = Omit<Public<LiveConsole>, 'settled'>
/**
 * The history as a list source for a virtualised view: `count` plus synchronous `slice`, so the
 * view renders only the visible rows of 5,000+. Entries are redacted (never raw) and newest first.
 * `record` is the client's exchange listener; `raw` and `ready` serve the wiring and tests;
 * `settled` tells the onboarding model when a reloaded tab's step exchanges can be looked up.
 */
export type HistoryModel = Omit<Public<LiveHistory>, 'record' | 'raw' | 'ready' | 'settled'>
/** `showDiagnosis` is how the wired transports report what they found. */
export type SettingsModel = Omit<Public<Settings>, 'showDiagnosis'>
export type PracticeClockModel = Public<PracticeClock>
/** `clock` and the damaged-bank members are optional: the fakes have no bank behind them. */
export type PracticeBankModel = Optional<
  Omit<Public<PracticeControls>, 'clock'>,
  'damaged' | 'exportDamaged' | 'startFresh'
> & { readonly clock?: PracticeClockModel }
