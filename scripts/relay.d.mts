// Types for scripts/relay.mjs (plain Node with JSDoc), so TypeScript tests can import it.
export interface RelayOptions {
  port?: number
  host?: string
  target?: string
  allowOrigins?: string[]
  maxBodyBytes?: number
  timeoutMs?: number
  log?: (line: string) => void
  allowNoOrigin?: boolean
}
export interface RunningRelay {
  url: string
  target: string
  close(): Promise<void>
}
export const USER_AGENT: string
export const EXPOSED_HEADERS: string[]
export class RelayConfigError extends Error {}
export function startRelay(options: RelayOptions): Promise<RunningRelay>
export function checkTarget(raw: string): string
export function safePath(path: string): boolean
export function exposureWarning(host: string): string
export function parseRelayArgs(
  argv: string[],
  given?: RelayOptions,
): Required<Omit<RelayOptions, 'allowOrigins'>> & { allowOrigins: string[] }
