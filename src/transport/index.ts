/** Transports: how the page reaches a bank (docs/architecture.md, "transport"; docs/protocol.md §11). */
export { createTransport } from './create-transport'
export { transportForBank, normalizeBank } from './context-transport'
export type { TransportEnvironment, TransportHandle } from './create-transport'
export { pageTransportEnvironment } from './page-environment'
export { loadPracticeBank } from './practice'
export type { PracticeBankLike, PracticeBankLoader } from './practice'
export { diagnose, bunqHeadersReadable } from './diagnose'
export type { DiagnoseDeps, DiagnoseInput } from './diagnose'
export type {
  Diagnosis,
  DiagnosisCode,
  DiagnosisStep,
  NextStep,
  LiveTransportKind,
  Observation,
} from './diagnosis'
export { TransportError } from './errors'
export type { NetworkErrorCode } from './errors'
export { relayCommand, isLoopbackUrl } from './advice'
export { parseTransportLink, buildTransportLink } from './link'
export type { TransportLink } from './link'
export { normalizeDirectBaseUrl, normalizeRelayUrl, isUsableUrl } from './base-url'
