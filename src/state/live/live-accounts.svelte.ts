/**
 * The real AccountsModel: the user's ACTIVE monetary accounts (docs/protocol.md §10.1), sandbox
 * money from Sugar Daddy with its status followed (§10.2), payments sent once (docs/architecture.md, "never replay a signed POST"), and
 * the payments and requests lists with older/newer paging (§10.5). Loaded lazily: the first read
 * of `accounts` with an open session starts a refresh.
 */
import type { Payment, RequestInquiry } from '../../bunq/types'
import { BunqError } from '../../errors'
import type { Account, ListName, PaymentDraft, PaymentItem, RequestItem } from '../models/accounts'
import { IDLE, type ActionState, type UiError } from '../models/base'
import { toAccount, toPaymentItem, toRequestItem } from './banking-mapping'
import { DeferredModel } from '../deferred-model.svelte'
import type { LiveMoneyExtras } from './live-money-extras.svelte'
import type { LiveStatements } from './live-statements.svelte'
import { PagedList } from './paged-list.svelte'
import { track, toUiError } from '../ui-error'
import type { Workspace } from './workspace.svelte'

export class LiveAccounts {
  #accounts = $state.raw<Account[]>([])
  #selected = $state<number | null>(null)
  #loading = $state(false)
  #error = $state<UiError | null>(null)
  #topUp = $state<ActionState>(IDLE)
  #pay = $state<ActionState>(IDLE)
  #create = $state<ActionState>(IDLE)
  /** Which session the lists were loaded for (a new user or session reloads them). */
  #loadedFor: string | null = null
  #lazyLoad: Promise<void> = Promise.resolve()
  readonly #payments = new PagedList<PaymentItem, Payment>(toPaymentItem)
  readonly #requests = new PagedList<RequestItem, RequestInquiry>(toRequestItem)
  readonly #ws: Workspace
  /**
   * Savings, scheduled payments and pending drafts of the selected account (live-money-extras),
   * and statements as files (live-statements): built when the Accounts view first opens (its
   * route needs them; the extras also when the lists first load), not with the first screen
   * (docs/decisions/0029).
   */
  readonly extras: DeferredModel<LiveMoneyExtras>
  readonly statements: DeferredModel<LiveStatements>

  constructor(workspace: Workspace) {
    this.#ws = workspace
    this.extras = new DeferredModel(async () => {
      const { LiveMoneyExtras } = await import('./live-money-extras.svelte')
      return new LiveMoneyExtras(workspace, this)
    })
    this.statements = new DeferredModel(async () => {
      const { LiveStatements } = await import('./live-statements.svelte')
      return new LiveStatements(workspace, this)
    })
  }

  get accounts() {
    this.#loadLazily()
    return this.#accounts
  }
  get selectedId() {
    return this.#selected
  }
  get loading() {
    return this.#loading
  }
  get error() {
    return this.#error
  }
  get payments() {
    return this.#payments.page
  }
  get requests() {
    return this.#requests.page
  }
  get topUpState() {
    return this.#topUp
  }
  get payState() {
    return this.#pay
  }
  get createState() {
    return this.#create
  }

  /** Whose data the lists hold: the visible context and its user (null: none visible). */
  #scope(): string | null {
    const session = this.#ws.context?.session
    return session ? `${this.#ws.meta?.id}:${session.userId}` : null
  }

  /**
   * Another context (or none) is visible: nothing of the previous one stays on screen, not even
   * its error or the result of its last payment (docs/decisions/0023); then the new one loads.
   */
  #loadLazily(): void {
    const key = this.#scope()
    if (key === this.#loadedFor) return
    this.#loadedFor = key
    // A template read must not change state: the reset lands a microtask later, before the load.
    const reset = new Promise<void>((resolve) =>
      queueMicrotask(() => {
        this.#accounts = []
        this.#selected = null
        this.#error = null
        this.#topUp = IDLE
        this.#pay = IDLE
        this.#create = IDLE
        this.#payments.clear()
        this.#requests.clear()
        this.extras.current?.clear()
        this.statements.current?.clear()
        resolve()
      }),
    )
    this.#lazyLoad = key ? reset.then(() => this.refresh()) : reset
  }

  /** Resolves when a load started by reading `accounts` has finished (tests, transcripts). */
  settled(): Promise<void> {
    return this.#lazyLoad
  }

  async select(accountId: number) {
    this.#selected = accountId
    await this.#loadLists()
  }

  async refresh() {
    const scope = this.#scope()
    this.#loading = true
    this.#error = null
    try {
      const client = await this.#ws.client()
      const { items } = await client.monetaryAccounts.list({ count: 200 })
      // Another context became visible meanwhile: these accounts are not its accounts.
      if (scope !== this.#scope()) return
      this.#accounts = items
        .filter((a) => a.account.status === 'ACTIVE')
        .map((a) => toAccount(a.account))
      if (!this.#accounts.some((a) => a.id === this.#selected))
        this.#selected = this.#accounts[0]?.id ?? null
      await this.#loadLists()
    } catch (error) {
      if (scope === this.#scope()) this.#error = toUiError(error)
    } finally {
      this.#loading = false
    }
  }

  async #loadLists(): Promise<void> {
    const id = this.#selected
    if (id === null) return
    const client = await this.#ws.client()
    await this.#payments.first((q) => client.payments.list(id, q))
    await this.#requests.first((q) => client.requestInquiries.list(id, q))
    // Not built (its chunk could not be fetched): the lists still show; the view has no extras.
    await (await this.extras.load())?.load(id)
  }

  /** Asks sugardaddy@bunq.com for money (at most 500 EUR a request, §10.2) and follows its status. */
  async topUp(amount: string) {
    await track(
      (state) => (this.#topUp = state),
      async () => {
        // The checks load with the first action, not with the first screen (docs/decisions/0029).
        const { normaliseAmount, SUGAR_DADDY_MAX } = await import('./validate')
        const value = normaliseAmount(amount, SUGAR_DADDY_MAX)
        const accountId = this.#requireAccount()
        const client = await this.#ws.client()
        // Top-up code and the Sugar Daddy alias come with the core (first load).
        const [{ followTopUp }, { SUGAR_DADDY }] = await Promise.all([
          import('./top-up'),
          import('../../bunq/endpoints/request-inquiries'),
        ])
        const status = await followTopUp(client, this.#ws.platform, accountId, value)
        await this.refresh()
        return `Requested ${value} EUR from ${SUGAR_DADDY.name}: ${status}${status === 'ACCEPTED' ? '' : ' (check again in a moment)'}`
      },
    )
  }

  /** POST .../payment, signed, sent once (docs/architecture.md, "never replay a signed POST"). */
  async pay(draft: PaymentDraft) {
    await track(
      (state) => (this.#pay = state),
      async () => {
        const { checkCounterparty, normaliseAmount } = await import('./validate')
        const value = normaliseAmount(draft.amount)
        const counterparty = checkCounterparty(draft.counterparty)
        const accountId = this.#requireAccount()
        const client = await this.#ws.client()
        // Sent once: the client never re-sends a POST (docs/architecture.md, "never replay a signed POST").
        const id = await client.payments.create(accountId, {
          amount: { value, currency: 'EUR' },
          counterparty_alias: counterparty,
          description: draft.description,
        })
        await this.refresh()
        return `Paid ${value} EUR to ${counterparty.name || counterparty.value} (payment #${id}).`
      },
    )
  }

  /** Loads the page older (or newer) than the current one. */
  async older(list: ListName) {
    await this.#page(list, 'older')
  }
  async newer(list: ListName) {
    await this.#page(list, 'newer')
  }

  async #page(list: ListName, direction: 'older' | 'newer') {
    const id = this.#selected
    if (id === null) return
    const client = await this.#ws.client()
    if (list === 'payments') await this.#payments[direction]((q) => client.payments.list(id, q))
    else await this.#requests[direction]((q) => client.requestInquiries.list(id, q))
  }

  /** POST .../monetary-account-bank with this description. */
  async createAccount(description: string) {
    await track(
      (state) => (this.#create = state),
      async () => {
        const text = description.trim()
        if (!text)
          throw new BunqError('bad-request', 'A new account needs a name.', 'Type e.g. Savings.')
        const client = await this.#ws.client()
        const id = await client.monetaryAccounts.create({ currency: 'EUR', description: text })
        await this.refresh()
        return `Account "${text}" opened (#${id}).`
      },
    )
  }

  #requireAccount(): number {
    if (this.#selected === null)
      throw new BunqError(
        'no-context',
        'No account is selected.',
        'Open a session first; your accounts then load here.',
      )
    return this.#selected
  }
}
