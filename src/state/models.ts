/**
 * The contracts between the views and the state layer. Views receive one `AppModels` value and
 * read only these interfaces; fakes (src/state/fakes) and the real rune classes built on the
 * protocol core and the vault both implement them. Every getter must be reactive (a `$state` or
 * `$derived` behind it) so that views update; methods never throw — they turn errors into the
 * `error`/`ActionState` fields (docs/architecture.md, "one error family": "stores turn errors into state").
 *
 * Split by area into src/state/models/*.ts; this barrel keeps one import path for the views.
 */
export * from './models/base'
export * from './models/vault'
export * from './models/session-onboarding'
export * from './models/accounts'
export * from './models/console-history-settings'
export * from './models/app'
