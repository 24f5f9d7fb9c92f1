/**
 * The world a lesson (or the cast) acts in: one backend and a cast of named users, each with its
 * own ApiContext, client and session on that same bank. Contexts live in memory only: lesson users
 * are throw-away sandbox users, and a secret is never stored unencrypted (docs/architecture.md). Every
 * HTTP exchange of every member is passed to one listener, tagged with who made it.
 */
import { createBunqClient, memoryContextHolder, type BunqClient } from '../bunq/client'
import { emptyContext, type ApiContext } from '../bunq/context'
import { sugarDaddyRequest } from '../bunq/endpoints/request-inquiries'
import { RateLimitError } from '../bunq/errors'
import { BUNQ_RATE_RULES } from '../bunq/rate-limit'
import { secretsOf } from '../bunq/exchange-recorder'
import { BunqError } from '../errors'
import type { Platform } from '../platform/platform'
import type { PracticeBank } from '../practice-bank'
import type { WorkshopBackend } from './backend'
import {
  LessonNeedsPracticeBankError,
  type LogLine,
  type MemberAccount,
  type UserKind,
  type VariantOptions,
  type WorldExchange,
} from './world-types'

export type { LogLine, MemberAccount, UserKind, VariantOptions, WorldExchange } from './world-types'

interface Member {
  kind: UserKind
  client: BunqClient
  account: MemberAccount | null
}

export class LessonWorld {
  readonly backend: WorkshopBackend
  readonly platform: Platform
  /** Values one step leaves for the next (ids, the last error code): never a secret. */
  readonly notes = new Map<string, unknown>()
  /** Every call any member made, oldest first. */
  readonly log: LogLine[] = []
  readonly #members = new Map<string, Member>()
  readonly #listener: (exchange: WorldExchange) => void

  constructor(
    backend: WorkshopBackend,
    platform: Platform,
    listener: (exchange: WorldExchange) => void = () => {},
  ) {
    this.backend = backend
    this.platform = platform
    this.#listener = listener
  }

  /** The member's client; made (with an empty context) on first use. */
  client(name: string, kind: UserKind = 'person'): BunqClient {
    return this.#member(name, kind).client
  }

  has(name: string): boolean {
    return this.#members.has(name)
  }

  get names(): string[] {
    return [...this.#members.keys()]
  }

  kindOf(name: string): UserKind {
    return this.#member(name).kind
  }

  /** The whole bootstrap for one member: sandbox user, key pair, installation, device, session. */
  async onboard(name: string, kind: UserKind = 'person'): Promise<BunqClient> {
    const client = this.client(name, kind)
    this.#member(name).account = null
    await client.createSandboxUser(kind)
    await client.generateKeyPair()
    await client.install()
    await client.registerDevice({ description: `workbench lesson: ${name}` })
    await this.openSession(name)
    return client
  }

  /**
   * POST /session-server, waiting out bunq's 1-per-30-s limit when a room shares one IP (docs/protocol.md §9): a
   * 429 means the call was not processed, so asking again after the window is safe.
   */
  async openSession(name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client(name).openSession()
        return
      } catch (error) {
        if (!(error instanceof RateLimitError) || attempt >= 3) throw error
        await this.platform.sleep(31_000)
      }
    }
  }

  /** The member's first ACTIVE account, read once. */
  async account(name: string): Promise<MemberAccount> {
    const member = this.#member(name)
    if (member.account) return member.account
    const { account } = await member.client.monetaryAccounts.primary()
    const alias = account.alias.find((a) => a.type === 'IBAN')
    if (!alias) throw new BunqError('malformed-response', 'The account has no IBAN alias.')
    const display = account.display_name ?? alias.name ?? name
    member.account = {
      accountId: account.id,
      iban: alias.value,
      pointer: { type: 'IBAN', value: alias.value, name: alias.name ?? display },
    }
    return member.account
  }

  async balance(name: string): Promise<string> {
    const { accountId } = await this.account(name)
    return (await this.client(name).monetaryAccounts.get(accountId)).account.balance.value
  }

  /** Asks Sugar Daddy for money (≤ 500 EUR is accepted, §10.2); returns the request-inquiry id. */
  async topUp(name: string, value: string): Promise<number> {
    const { accountId } = await this.account(name)
    return this.client(name).requestInquiries.create(accountId, sugarDaddyRequest(value))
  }

  /**
   * Reads until `done` holds (Sugar Daddy pays after a delay, §10.2), at most `tries` times,
   * `everyMs` apart on the platform clock; returns the last value read either way.
   */
  async waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 20, everyMs = 250) {
    let value = await read()
    for (let i = 1; i < tries && !done(value); i++) {
      await this.platform.sleep(everyMs)
      value = await read()
    }
    return value
  }

  /** The in-page bank, or a plain explanation of why this lesson cannot run here. */
  practiceBank(): PracticeBank {
    if (!this.backend.bank) throw new LessonNeedsPracticeBankError()
    return this.backend.bank
  }

  /** Runs a call that is meant to fail; resolves to its error (null when it did not fail). */
  async caught(call: () => Promise<unknown>): Promise<BunqError | null> {
    try {
      await call()
      return null
    } catch (error) {
      if (error instanceof BunqError) return error
      throw error
    }
  }

  /** Every secret the cast holds (API keys, tokens, private keys): for redaction and tests. */
  secrets(): string[] {
    return [...this.#members.values()].flatMap((m) => secretsOf(m.client.context))
  }

  /** Every IBAN the cast has read (masked in presenter mode). */
  ibans(): string[] {
    return [...this.#members.values()].flatMap((m) => (m.account ? [m.account.iban] : []))
  }

  /**
   * A second client for the same user as `from` (same tokens, same account), that differs in one
   * way: it signs with another key, or it has no rate limiter. For the lesson on failures.
   */
  variant(name: string, from: string, options: VariantOptions): BunqClient {
    const source = this.#member(from)
    const context = { ...source.client.context }
    if (options.privateKeyPem) context.privateKeyPem = options.privateKeyPem
    const client = this.#makeClient(name, context, options)
    this.#members.set(name, { kind: source.kind, client, account: source.account })
    return client
  }

  #member(name: string, kind: UserKind = 'person'): Member {
    let member = this.#members.get(name)
    if (!member) {
      member = {
        kind,
        client: this.#makeClient(name, emptyContext(this.backend.home), {}),
        account: null,
      }
      this.#members.set(name, member)
    }
    return member
  }

  #makeClient(name: string, context: ApiContext, options: VariantOptions): BunqClient {
    // The lesson bank enforces no limits (backend.ts), so its members need no limiter: with one,
    // bunq's 1-session-per-30-s rule would stall every renewal in a lesson for half a minute.
    // Across a network, bunq's limits apply and every member keeps them.
    const limited = options.limiter ?? this.backend.bank === null
    const margin = options.windowMarginMs ?? 0
    const rules = Object.fromEntries(
      Object.entries(BUNQ_RATE_RULES).map(([k, r]) => [k, { ...r, windowMs: r.windowMs + margin }]),
    ) as typeof BUNQ_RATE_RULES
    return createBunqClient({
      platform: this.platform,
      transport: this.backend.transport,
      transportKind: this.backend.kind,
      baseUrl: this.backend.baseUrl,
      context: memoryContextHolder(context),
      rateLimit: limited ? { rules } : { enabled: false },
      retry: options.limiter === false ? { maxRateLimitRetries: 0 } : undefined,
      onExchange: (event) => {
        const { request, response, errorCode } = event.redacted
        const path = new URL(request.url).pathname
        this.log.push({
          actor: name,
          method: request.method,
          path,
          status: response?.status ?? null,
          errorCode,
        })
        this.#listener({ actor: name, event })
      },
    })
  }
}
