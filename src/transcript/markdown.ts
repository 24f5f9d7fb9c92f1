/**
 * A lesson's session as Markdown a learner can keep: each step's teaching text, what it
 * found, and every HTTP exchange in full, request and response, with every secret redacted. It is
 * built from the redacted exchanges only, redacted once more with every secret the cast holds
 * (src/bunq/redact.ts), and finally searched for any known secret as a last guard.
 */
import type { Exchange } from '../bunq/exchange'
import { redactBody, redactExchange } from '../bunq/redact'
import { prettyBody } from './pretty'

export interface TranscriptStep {
  title: string
  status: string
  explain: string[]
  result: string | null
  check: { ok: boolean; detail: string } | null
  error: { code: string; message: string; hint: string } | null
  exchanges: ReadonlyArray<{ actor: string; exchange: Exchange }>
}

export interface TranscriptInput {
  title: string
  /** e.g. "the practice bank in this page". */
  backend: string
  generatedAt: number
  steps: readonly TranscriptStep[]
  /** Every secret the session held: hidden wherever it shows up. */
  secrets: readonly string[]
}

const fence = (lang: string, text: string) => {
  const ticks = text.includes('```') ? '````' : '```'
  return `${ticks}${lang}\n${text}\n${ticks}`
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')
}

function exchangeMarkdown(actor: string, raw: Exchange, secrets: readonly string[]): string {
  const x = redactExchange(raw, secrets)
  const url = new URL(x.request.url)
  const status = x.response ? String(x.response.status) : 'no response'
  const out = [`#### ${x.request.method} ${url.pathname}${url.search} → ${status} (${actor})`, '']
  if (x.errorCode) out.push(`Error \`${x.errorCode}\`: ${x.errorMessage ?? ''}`, '')
  if (x.clientSignature)
    out.push(
      `Signed ${x.clientSignature.byteLength} bytes, SHA-256 \`${x.clientSignature.bodySha256}\`.`,
      '',
    )
  out.push(`Server signature: ${x.serverSignature}.`, '')
  const request = `${x.request.method} ${x.request.url}\n${headerLines(x.request.headers)}`
  out.push(
    'Request:',
    '',
    fence('http', request + (x.request.body ? `\n\n${prettyBody(x.request.body)}` : '')),
    '',
  )
  if (x.response) {
    const response = `HTTP ${x.response.status}\n${headerLines(x.response.headers)}`
    out.push('Response:', '', fence('http', `${response}\n\n${prettyBody(x.response.body)}`), '')
  }
  return out.join('\n')
}

function stepMarkdown(step: TranscriptStep, index: number, secrets: readonly string[]): string {
  const out = [
    `## ${index + 1}. ${step.title} (${step.status})`,
    '',
    ...step.explain.flatMap((p) => [p, '']),
  ]
  if (step.result) out.push(`**Result:** ${step.result}`, '')
  if (step.check) out.push(`**Check:** ${step.check.ok ? '✔' : '✘'} ${step.check.detail}`, '')
  if (step.error)
    out.push(`**Error** \`${step.error.code}\`: ${step.error.message} ${step.error.hint}`, '')
  for (const { actor, exchange } of step.exchanges)
    out.push(exchangeMarkdown(actor, exchange, secrets))
  return out.join('\n')
}

/** The whole transcript. Never contains a value from `input.secrets`. */
export function transcriptMarkdown(input: TranscriptInput): string {
  const when = new Date(input.generatedAt).toISOString().replace('T', ' ').slice(0, 19)
  const text = [
    `# ${input.title}: transcript`,
    '',
    `Made with bunq workbench on ${when} UTC, against ${input.backend}.`,
    'API keys, tokens, signatures and private keys are redacted: this file is safe to keep and share.',
    '',
    ...input.steps.map((step, i) => stepMarkdown(step, i, input.secrets)),
  ].join('\n')
  return redactBody(text, input.secrets)
}

/** A file name for the download: `bunq-first-payment-2025-01-01.md`. */
export function transcriptFileName(lessonId: string, at: number): string {
  return `bunq-${lessonId}-${new Date(at).toISOString().slice(0, 10)}.md`
}
