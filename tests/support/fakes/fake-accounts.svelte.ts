/** An AccountsModel over sample data: top up, pay, paging and a second account all "work". */
import {
  IDLE,
  type Account,
  type AccountsModel,
  type ActionState,
  type ListName,
  type Page,
  type PaymentDraft,
  type PaymentItem,
  type RequestItem,
  type UiError,
} from '../../../src/state/models'
import { DeferredModel } from '../../../src/state/deferred-model.svelte'
import { FakeMoneyExtras } from './fake-money-extras.svelte'
import { sampleAccounts, samplePayments, sampleRequests } from './sample-banking'
import { bunqTime } from './sample-exchanges'

const PAGE = 10
const TOTAL = 35

function page<T>(items: T[], hasOlder: boolean, hasNewer: boolean): Page<T> {
  return { items, hasOlder, hasNewer, loading: false, error: null }
}

export interface FakeAccountsOptions {
  empty?: boolean
  now?: () => number
  payError?: UiError
}

export class FakeAccounts implements AccountsModel {
  #accounts = $state<Account[]>([])
  #selected = $state<number | null>(null)
  #payments = $state<Page<PaymentItem>>(page([], false, false))
  #requests = $state<Page<RequestItem>>(page([], false, false))
  #offset = { payments: 0, requests: 0 }
  #topUp = $state<ActionState>(IDLE)
  #pay = $state<ActionState>(IDLE)
  #create = $state<ActionState>(IDLE)
  #now: () => number
  #payError: UiError | undefined
  readonly loading = false
  readonly error = null
  /** Built from the start: the fakes have nothing to load (docs/decisions/0029). */
  readonly extras: DeferredModel<FakeMoneyExtras>

  constructor(options: FakeAccountsOptions = {}) {
    this.extras = DeferredModel.of(new FakeMoneyExtras(options.empty))
    this.#now = options.now ?? (() => 1_767_225_600_000)
    this.#payError = options.payError
    if (!options.empty) {
      this.#accounts = sampleAccounts()
      this.#selected = this.#accounts[0].id
      this.#load('payments')
      this.#load('requests')
    }
  }

  get accounts() {
    return this.#accounts
  }
  get selectedId() {
    return this.#selected
  }
  get payments() {
    return this.#payments
  }
  get requests() {
    return this.#requests
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

  async select(accountId: number) {
    this.#selected = accountId
  }
  async refresh() {}

  async topUp(amount: string) {
    this.#topUp = { status: 'running', message: 'Asking Sugar Daddy…', error: null }
    await Promise.resolve()
    this.#adjust(Number(amount))
    const value = Number(amount).toFixed(2)
    this.#topUp = { status: 'done', message: `Request for ${value} EUR: ACCEPTED`, error: null }
  }

  async pay(draft: PaymentDraft) {
    this.#pay = { status: 'running', message: null, error: null }
    await Promise.resolve()
    if (this.#payError) {
      this.#pay = { status: 'failed', message: null, error: this.#payError }
      return
    }
    this.#adjust(-Number(draft.amount))
    const item: PaymentItem = {
      id: 9000 + this.#payments.items.length,
      created: bunqTime(this.#now()),
      amount: { value: `-${Number(draft.amount).toFixed(2)}`, currency: 'EUR' },
      counterpartyName: draft.counterparty.name || draft.counterparty.value,
      counterpartyIban: draft.counterparty.type === 'IBAN' ? draft.counterparty.value : null,
      description: draft.description,
      type: 'BUNQ',
    }
    this.#payments = page([item, ...this.#payments.items], this.#payments.hasOlder, false)
    this.#pay = { status: 'done', message: 'Payment sent.', error: null }
  }

  async older(list: ListName) {
    this.#offset[list] = Math.min(this.#offset[list] + PAGE, TOTAL - 1)
    this.#load(list)
  }
  async newer(list: ListName) {
    this.#offset[list] = Math.max(this.#offset[list] - PAGE, 0)
    this.#load(list)
  }

  async createAccount(description: string) {
    const id = 100 + this.#accounts.length + 1
    this.#accounts.push({
      id,
      description,
      iban: `NL55BUNQ2025000${id}`,
      displayName: 'Ada Fakename',
      balance: { value: '0.00', currency: 'EUR' },
      status: 'ACTIVE',
    })
    this.#create = { status: 'done', message: `Account “${description}” opened.`, error: null }
  }

  #adjust(delta: number) {
    this.#accounts = this.#accounts.map((a) =>
      a.id === this.#selected
        ? { ...a, balance: { ...a.balance, value: (Number(a.balance.value) + delta).toFixed(2) } }
        : a,
    )
  }

  #load(list: ListName) {
    const offset = this.#offset[list]
    const count = Math.min(PAGE, TOTAL - offset)
    const older = offset + count < TOTAL
    const now = this.#now()
    if (list === 'payments')
      this.#payments = page(samplePayments(count, 500 - offset, now), older, offset > 0)
    else this.#requests = page(sampleRequests(count, 80 - offset, now), older, offset > 0)
  }
}
