import type { PageQuery } from '../pagination'
import type { Amount } from '../types'
import type { EndpointCore } from './endpoint-core'
import * as ops from './money-operations'

/** The money-operation endpoints of a BunqClient, bound to one core (client-endpoints.ts). */
export function bindMoneyEndpoints(core: EndpointCore) {
  return {
    paymentBatches: {
      create: (accountId: number, payments: ops.PaymentEntry[]) =>
        ops.createPaymentBatch(core, accountId, payments),
      list: (accountId: number, page?: PageQuery) => ops.listPaymentBatches(core, accountId, page),
    },
    draftPayments: {
      create: (accountId: number, entries: ops.PaymentEntry[]) =>
        ops.createDraftPayment(core, accountId, entries),
      list: (accountId: number, page?: PageQuery) => ops.listDraftPayments(core, accountId, page),
      accept: (accountId: number, id: number) =>
        ops.decideDraftPayment(core, accountId, id, 'ACCEPTED'),
      reject: (accountId: number, id: number) =>
        ops.decideDraftPayment(core, accountId, id, 'REJECTED'),
      cancel: (accountId: number, id: number) =>
        ops.decideDraftPayment(core, accountId, id, 'CANCELLED'),
    },
    schedulePayments: {
      create: (accountId: number, payment: ops.PaymentEntry, schedule: ops.ScheduleInput) =>
        ops.createSchedulePayment(core, accountId, payment, schedule),
      list: (accountId: number, page?: PageQuery) =>
        ops.listSchedulePayments(core, accountId, page),
      cancel: (accountId: number, id: number) => ops.cancelSchedulePayment(core, accountId, id),
    },
    bunqmeTabs: {
      create: (accountId: number, amount: Amount, description: string) =>
        ops.createBunqmeTab(core, accountId, amount, description),
      get: (accountId: number, id: number) => ops.getBunqmeTab(core, accountId, id),
    },
    savingsAccounts: {
      create: (description: string, goal?: Amount) =>
        ops.createSavingsAccount(core, description, goal),
      list: (page?: PageQuery) => ops.listSavingsAccounts(core, page),
    },
    bankAccounts: {
      close: (accountId: number) => ops.closeBankAccount(core, accountId),
    },
  }
}
