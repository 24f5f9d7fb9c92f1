/**
 * The known gaps of bunq's published spec (docs/decisions/0021-generic-engine.md), listed once,
 * each with its reason. The practice bank's request check and the contract suite's response
 * check both read this list; nothing else silences a spec problem.
 */
import type { ProblemKind, SchemaProblem } from './validate.ts'

export interface KnownGap {
  id: string
  /** Which check it applies to. */
  direction: 'request' | 'response'
  /** Operations it applies to (operationId pattern); absent: all. */
  operation?: RegExp
  /** Problems it covers: kind, and a field-path pattern (absent: any field). */
  kind?: ProblemKind
  field?: RegExp
  reason: string
}

export const KNOWN_GAPS: KnownGap[] = [
  {
    id: 'response-wrapper',
    direction: 'response',
    // Handled by drift.ts (unwrap), listed so the reason is written down once.
    operation: /^$/,
    reason:
      'The spec describes the inner objects of an answer; bunq wraps them as {"Response":[{"Type":{...}}]} (docs/protocol.md §14). drift.ts takes the wrapper off before validating.',
  },
  {
    id: 'unknown-request-fields',
    direction: 'request',
    kind: 'unknown',
    reason:
      'The request schemas are incomplete: bunq accepts fields they leave out (a Pointer {type, value, name} as counterparty_alias where the spec says LabelMonetaryAccount; SDKs send fields of newer versions). An unknown field is ignored, not refused.',
  },
  {
    id: 'update-required-lists',
    direction: 'request',
    operation: /^UPDATE_/,
    kind: 'missing',
    reason:
      'The spec gives an update the required list of the create (bunqme_tab_entry, entries, ...), but bunq updates are partial: a PUT sends only what changes (a status, a description).',
  },
  {
    id: 'allow-bunqme-optional',
    direction: 'request',
    operation: /^CREATE_RequestInquiry_/,
    kind: 'missing',
    field: /^allow_bunqme$/,
    reason:
      'The spec lists allow_bunqme as required, yet clients written against the sandbox omit it; the hand-made request-inquiry handler defaults it to false.',
  },
  {
    id: 'amount-value-numbers',
    direction: 'request',
    kind: 'type',
    field: /(^|\.)value$/,
    reason:
      'Amount values are strings in the spec, but bunq also accepts JSON numbers (docs/protocol.md §10.3); the switch strictAmountStrings makes the hand-made handlers refuse them.',
  },
  {
    id: 'payment-batch-payments-list',
    direction: 'request',
    operation: /_PaymentBatch_|_SchedulePaymentBatch_/,
    field: /^payments$/,
    kind: 'type',
    reason:
      'The spec types PaymentBatch.payments as one object (PaymentBatchAnchoredPayment), but bunq takes and answers a list of payments (docs/decisions/0016).',
  },
  {
    id: 'payment-batch-payments-list-answer',
    direction: 'response',
    field: /(^|\.)PaymentBatch\.payments$/,
    kind: 'type',
    reason: 'The same PaymentBatch.payments, seen inside an answer (the object of a schedule).',
  },
  {
    id: 'sandbox-user-answer',
    direction: 'response',
    operation: /^CREATE_SandboxUser/,
    reason:
      'The spec describes the sandbox-user answers wrongly: bunq answers {"ApiKey": {"api_key": "sandbox_..."}} (docs/protocol.md §4.1, §14).',
  },
  {
    id: 'attachment-public-uuid',
    direction: 'response',
    operation: /^CREATE_AttachmentPublic$/,
    kind: 'unknown',
    field: /^uuid$/,
    reason:
      'The spec gives the attachment-public create an Id answer, but bunq names public attachments by UUID and answers {"Uuid": {"uuid": ...}}, which the avatar create and the read path take.',
  },
  {
    id: 'psd2-credential-answer',
    direction: 'response',
    operation: /^CREATE_PaymentServiceProviderCredential$/,
    reason:
      'The spec declares {"Id"} as the answer to a PSD2 credential, but bunq answers the credential itself as {"CredentialPasswordIp": {id, status, expiry_time, token_value, ...}}, which every SDK reads (docs/protocol.md §4.8, §14).',
  },
  {
    id: 'session-token-times',
    direction: 'response',
    operation: /^CREATE_SessionServer$/,
    field: /^Token\.(created|updated)$/,
    kind: 'unknown',
    reason:
      'SessionServerToken lacks created/updated in the spec, which bunq sends with the token (docs/protocol.md §4.5, §14).',
  },
  {
    id: 'object-stamp',
    direction: 'response',
    field: /^(\[\d+\]\.)?(id|created|updated)$/,
    kind: 'unknown',
    operation:
      /_(DraftPayment|PaymentBatch|SchedulePayment|SchedulePaymentBatch|Schedule|CallbackUrl)_/,
    reason:
      'The Read objects of these operations leave out id/created/updated, which every bunq object carries and a list item needs to be told apart (docs/decisions/0016).',
  },
  {
    id: 'response-required-lists',
    direction: 'response',
    kind: 'missing',
    reason:
      'The spec shares one schema between a request and the objects in answers, so a field required of a request (allow_bunqme, bunqme_tab_entry) is marked required in answers too, where bunq leaves it out when unset (docs/protocol.md §14: sparse, request-side required lists).',
  },
]

function applies(gap: KnownGap, operationId: string, problem: SchemaProblem): boolean {
  if (gap.operation && !gap.operation.test(operationId)) return false
  if (gap.kind && gap.kind !== problem.kind) return false
  if (gap.field && !gap.field.test(problem.path)) return false
  return true
}

/** The problems no known gap covers. */
export function beyondKnownGaps(
  direction: 'request' | 'response',
  operationId: string,
  problems: SchemaProblem[],
): SchemaProblem[] {
  const gaps = KNOWN_GAPS.filter((g) => g.direction === direction)
  return problems.filter((p) => !gaps.some((g) => applies(g, operationId, p)))
}
