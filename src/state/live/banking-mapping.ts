/**
 * bunq's objects (src/bunq/types.ts) as the views' plain rows (models.ts). Names come from the
 * LabelMonetaryAccount a response carries (docs/protocol.md §10.3-§10.4).
 */
import type {
  LabelMonetaryAccount,
  MonetaryAccount,
  Payment,
  RequestInquiry,
} from '../../bunq/types'
import type { Account, PaymentItem, RequestItem } from '../models/accounts'

function labelName(label: LabelMonetaryAccount | null | undefined): string {
  return label?.display_name || label?.label_user?.display_name || label?.iban || 'Unknown'
}

export function toAccount(account: MonetaryAccount): Account {
  const iban = account.alias?.find((a) => a.type === 'IBAN')
  return {
    id: account.id,
    description: account.description,
    iban: iban?.value ?? null,
    displayName: account.display_name ?? iban?.name ?? account.description,
    balance: { value: account.balance.value, currency: account.balance.currency },
    status: account.status,
  }
}

export function toPaymentItem(payment: Payment): PaymentItem {
  return {
    id: payment.id,
    created: payment.created,
    amount: { value: payment.amount.value, currency: payment.amount.currency },
    counterpartyName: labelName(payment.counterparty_alias),
    counterpartyIban: payment.counterparty_alias?.iban ?? null,
    description: payment.description,
    type: payment.type,
  }
}

export function toRequestItem(request: RequestInquiry): RequestItem {
  return {
    id: request.id,
    created: request.created,
    amount: {
      value: request.amount_inquired.value,
      currency: request.amount_inquired.currency,
    },
    counterpartyName: labelName(request.counterparty_alias),
    description: request.description,
    status: request.status,
  }
}
