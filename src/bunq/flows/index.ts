/** The bootstrap flows (docs/protocol.md §4), each `(core, context, …) => Promise<ApiContext>`. */
export { createSandboxUser, type SandboxUserKind } from './create-sandbox-user'
export { generateKeyPair } from './generate-key-pair'
export { install } from './install'
export {
  registerDevice,
  DEFAULT_DEVICE_DESCRIPTION,
  type RegisterDeviceOptions,
} from './register-device'
export { openSession } from './open-session'
export { createPsd2Credential, psd2SignedText, type Psd2CredentialInput } from './psd2-credential'
export { endSession } from './end-session'
export type { FlowCore } from './flow-core'
