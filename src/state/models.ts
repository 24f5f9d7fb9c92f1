/**
 * The contracts between the views and the state layer. Views receive one `AppModels` value and
 * read only these types. Each model is one runes class (src/state/*.svelte.ts and
 * src/state/live/*.svelte.ts) whose public type is its contract (models/contracts.ts); every getter
 * is reactive (a `$state` or `$derived` behind it) so that views update; methods never throw —
 * they turn errors into the `error`/`ActionState` fields (docs/architecture.md, "one error family").
 * See docs/decisions/0009-one-state-class-per-model.md.
 *
 * Model classes import their data types from src/state/models/<area>.ts, never from this barrel,
 * so that no import cycle runs through it.
 */
export * from './models/base'
export * from './models/vault'
export * from './models/session-onboarding'
export * from './models/accounts'
export * from './models/statements'
export * from './models/console-history-settings'
export * from './models/practice'
export * from './models/practice-clock'
export * from './models/contracts'
export * from './models/app'
