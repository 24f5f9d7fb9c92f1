export type { Confirmation, ContextSummary, VaultProtection, VaultStatus } from '../vault.svelte'
