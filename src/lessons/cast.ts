/**
 * The cast: several sandbox users made in one action (two persons and a company), each
 * with its own context and session on the same bank, funded by Sugar Daddy, paying and asking
 * each other. Every payment and request is kept as a pair of both sides: the payer's Payment
 * (negative) with the payee's (positive), and the asker's RequestInquiry with the payer's
 * RequestResponse (docs/protocol.md §10.2-§10.4).
 */
import { BunqError } from '../errors'
import type { LessonWorld, UserKind } from './world'

/**
 * Who is in the cast. `displayName` matches the role: bunq (and the practice bank)
 * give sandbox users random names, which made "Anna (person)" read as somebody else.
 */
export const CAST: ReadonlyArray<{ name: string; kind: UserKind; displayName: string }> = [
  { name: 'Anna', kind: 'person', displayName: 'Anna de Vries' },
  { name: 'Bram', kind: 'person', displayName: 'Bram Jansen' },
  { name: 'Acme', kind: 'company', displayName: 'Acme B.V.' },
]

export interface CastMember {
  name: string
  kind: UserKind
  userId: number
  /** The name that matches the role ("Anna de Vries"). */
  displayName: string
  /** The random name the bank gave the sandbox user (shown as a footnote, if at all). */
  bankName?: string
  iban: string
  balance: string
}

export interface PaymentSide {
  name: string
  paymentId: number | null
  amount: string | null
}

export interface PaymentPair {
  description: string
  payer: PaymentSide
  payee: PaymentSide
}

export interface RequestSide {
  name: string
  id: number | null
  status: string
}

export interface RequestPair {
  description: string
  amount: string
  /** The RequestInquiry, on the asking side. */
  asker: RequestSide
  /** The RequestResponse, on the paying side. */
  payer: RequestSide
}

export class Cast {
  readonly world: LessonWorld

  constructor(world: LessonWorld) {
    this.world = world
  }

  /** Creates every member (one at a time: one session-server per 30 s per IP, §9) and funds them. */
  async assemble(fund = '200.00', onProgress: (line: string) => void = () => {}): Promise<void> {
    for (const { name, kind } of CAST) {
      onProgress(`Creating ${name} (${kind})…`)
      await this.world.onboard(name, kind)
      await this.world.topUp(name, fund)
    }
    onProgress('Waiting for Sugar Daddy…')
    for (const { name } of CAST)
      await this.world.waitFor(
        () => this.world.balance(name),
        (v) => v === fund,
      )
  }

  get ready(): boolean {
    return CAST.every(({ name }) => this.world.has(name) && this.world.client(name).context.session)
  }

  async members(): Promise<CastMember[]> {
    const out: CastMember[] = []
    for (const { name, kind, displayName } of CAST) {
      const session = this.world.client(name).context.session
      if (!session) continue
      const user = session.user as { display_name?: string; name?: string }
      const { iban } = await this.world.account(name)
      const balance = await this.world.balance(name)
      const bankName = user.display_name ?? user.name ?? name
      out.push({ name, kind, userId: session.userId, displayName, bankName, iban, balance })
    }
    return out
  }

  /** `from` pays `to`; answers both Payments, found on each side. */
  async pay(from: string, to: string, value: string, description: string): Promise<PaymentPair> {
    distinct(from, to)
    const payer = await this.world.account(from)
    const payee = await this.world.account(to)
    const paymentId = await this.world.client(from).payments.create(payer.accountId, {
      amount: { value, currency: 'EUR' },
      counterparty_alias: payee.pointer,
      description,
    })
    const pair: PaymentPair = {
      description,
      payer: { name: from, paymentId, amount: null },
      payee: { name: to, paymentId: null, amount: null },
    }
    return this.refreshPayment(pair)
  }

  /** Reads both sides of a payment again (the payee's side is found by description and IBAN). */
  async refreshPayment(pair: PaymentPair): Promise<PaymentPair> {
    const payer = await this.world.account(pair.payer.name)
    const payee = await this.world.account(pair.payee.name)
    const mine = await this.world
      .client(pair.payer.name)
      .payments.get(payer.accountId, pair.payer.paymentId!)
    const theirs = (
      await this.world.client(pair.payee.name).payments.list(payee.accountId, { count: 50 })
    ).items.find(
      (p) => p.description === pair.description && p.counterparty_alias.iban === payer.iban,
    )
    return {
      description: pair.description,
      payer: { ...pair.payer, amount: mine.amount.value },
      payee: { ...pair.payee, paymentId: theirs?.id ?? null, amount: theirs?.amount.value ?? null },
    }
  }

  /** `from` asks `to` for money; answers the RequestInquiry and the matching RequestResponse. */
  async request(
    from: string,
    to: string,
    value: string,
    description: string,
  ): Promise<RequestPair> {
    distinct(from, to)
    const asker = await this.world.account(from)
    const payer = await this.world.account(to)
    const id = await this.world.client(from).requestInquiries.create(asker.accountId, {
      amount_inquired: { value, currency: 'EUR' },
      counterparty_alias: payer.pointer,
      description,
      allow_bunqme: false,
    })
    const responses = await this.world
      .client(to)
      .requestResponses.list(payer.accountId, { count: 50 })
    const response = responses.items.find(
      (r) => r.description === description && r.status === 'PENDING',
    )
    const pair: RequestPair = {
      description,
      amount: value,
      asker: { name: from, id, status: 'PENDING' },
      payer: { name: to, id: response?.id ?? null, status: response?.status ?? 'not found' },
    }
    return this.refreshRequest(pair)
  }

  /** The payer answers: ACCEPTED pays the asker, REJECTED does not (a PUT on request-response). */
  async respond(pair: RequestPair, answer: 'ACCEPTED' | 'REJECTED'): Promise<RequestPair> {
    if (pair.payer.id === null)
      throw new BunqError('not-found', 'The payer has no matching request-response.')
    const payer = await this.world.account(pair.payer.name)
    const responses = this.world.client(pair.payer.name).requestResponses
    if (answer === 'ACCEPTED') await responses.accept(payer.accountId, pair.payer.id)
    else await responses.reject(payer.accountId, pair.payer.id)
    return this.refreshRequest(pair)
  }

  async refreshRequest(pair: RequestPair): Promise<RequestPair> {
    const asker = await this.world.account(pair.asker.name)
    const payer = await this.world.account(pair.payer.name)
    const inquiry = await this.world
      .client(pair.asker.name)
      .requestInquiries.get(asker.accountId, pair.asker.id!)
    const response =
      pair.payer.id === null
        ? null
        : await this.world
            .client(pair.payer.name)
            .requestResponses.get(payer.accountId, pair.payer.id)
    return {
      ...pair,
      asker: { ...pair.asker, status: inquiry.status },
      payer: { ...pair.payer, status: response?.status ?? pair.payer.status },
    }
  }
}

function distinct(from: string, to: string): void {
  if (from === to) throw new BunqError('bad-request', 'Pick two different members of the cast.')
}
