/**
 * The console's lazy chunk: all of bunq's operations (the catalogue, its validator and the views
 * over them). Fetched when the console opens, never by the first screen (docs/decisions/0007,
 * 0013); the service worker precaches it with the other scripts for offline use.
 */
import { catalogue } from '../../spec/catalogue'
export { default as OperationsConsole } from './OperationsConsole.svelte'

export const operationCount = catalogue.header.operationCount
export { default as DriftNote } from './DriftNote.svelte'
