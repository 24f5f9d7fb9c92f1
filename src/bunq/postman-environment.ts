/**
 * A Postman environment for bunq's official collection (bunq/postman
 * collections/sandbox.postman_environment.json), filled from a context. The variable names are
 * the collection's; secrets are typed 'secret' so Postman masks them. Pure: the caller downloads
 * the text and warns that it holds secrets in plain text (docs/protocol.md §13.4).
 */
import { PRODUCTION_BASE_URL, SANDBOX_BASE_URL, type ApiContext } from './context'
import { toPkcs8Pem } from './context-file'
import { isPracticeBank, practiceExportWarning, practiceSdkBaseUrl } from './practice-export-note'

export interface PostmanVariable {
  key: string
  value: string
  type: 'default' | 'secret'
  enabled: true
}

export interface PostmanEnvironment {
  id: string
  name: string
  values: PostmanVariable[]
  _postman_variable_scope: 'environment'
  _postman_exported_at: string
  _postman_exported_using: string
}

const text = (value: string | number | null | undefined) => (value == null ? '' : String(value))

/** `id` is a fresh UUID and `exportedAt` the clock's now, both from the injected Platform. */
export function exportPostmanEnvironment(
  context: ApiContext,
  options: { id: string; name: string; exportedAt: number },
): PostmanEnvironment {
  // A practice bank's tokens must never be aimed at bunq: its host is the practice bank server's.
  const practice = isPracticeBank(context.bank)
  const host = (
    practice
      ? practiceSdkBaseUrl(context.bank)
      : context.environment === 'PRODUCTION'
        ? PRODUCTION_BASE_URL
        : SANDBOX_BASE_URL
  ).replace(/\/v1$/, '')
  const variable = (key: string, value: string, secret = false): PostmanVariable => ({
    key,
    value,
    type: secret ? 'secret' : 'default',
    enabled: true,
  })
  return {
    id: options.id,
    name: options.name,
    values: [
      variable('host', host),
      variable('geolocation', '0 0 0 0 000'),
      variable('api_key', text(context.apiKey), true),
      variable(
        'private_key_client',
        context.privateKeyPem ? toPkcs8Pem(context.privateKeyPem) : '',
        true,
      ),
      variable('public_key_client', text(context.publicKeyPem)),
      variable('installation_token', text(context.installation?.token), true),
      variable('public_key_server', text(context.installation?.serverPublicKeyPem)),
      variable('session_token', text(context.session?.token), true),
      variable('user_id', text(context.session?.userId)),
      variable('installation_id', text(context.installation?.id)),
      variable('device_id', text(context.device?.id)),
      // An extra variable the collection never reads: the warning travels with the file.
      ...(practice ? [variable('practice_bank_note', practiceExportWarning(context.bank))] : []),
    ],
    _postman_variable_scope: 'environment',
    _postman_exported_at: new Date(options.exportedAt).toISOString(),
    _postman_exported_using: 'bunq-workbench',
  }
}
