import type { Public } from './base'
import type { Vault } from '../vault.svelte'

export type { Confirmation, ContextSummary, VaultProtection, VaultStatus } from '../vault.svelte'

/** The vault as the views see it: the public members of its runes class (src/state/vault.svelte.ts). */
export type VaultModel = Public<Vault>
