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
