import type { Bank } from '../bank'
import { badRequest, notFound } from '../bank-error'
import { readEntries, readEntry } from '../entries'
import { paginate } from '../pagination'
import { parseBunqTime, RECURRENCE_UNITS } from '../practice-clock'
import { renderInstance, renderSchedule, renderSchedulePayment } from '../render-money-ops'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { RecurrenceUnit, ScheduleData } from '../state-money'
import { pathAccount } from './account-items'

/**
 * schedule-payment, schedule-payment-batch, schedule and schedule-instance (swagger; docs/
 * decisions/0016). A schedule is stored once and read through all four: the first two create and
 * cancel it (DELETE sets status CANCELLED), `schedule` lists both kinds, and each run on the
 * practice clock (practice-clock.ts) leaves a schedule-instance with the payment it made.
 */
const ACCOUNT = '/user/{userID}/monetary-account/{accountID}'

function ownSchedule(ctx: HandlerContext, id: number, kind?: ScheduleData['kind']): ScheduleData {
  const account = pathAccount(ctx)
  const s = ctx.bank.state.schedules.find(
    (x) => x.id === id && x.accountId === account.id && (!kind || x.kind === kind),
  )
  if (!s)
    throw notFound(
      kind === 'batch' ? 'SchedulePaymentBatch' : kind ? 'SchedulePayment' : 'Schedule',
    )
  return s
}

function readSchedule(bank: Bank, raw: unknown) {
  if (!raw || typeof raw !== 'object') throw badRequest('The field schedule is required.')
  const s = raw as Record<string, unknown>
  const timeStart = parseBunqTime(s.time_start, 'schedule.time_start')
  const timeEnd = s.time_end === undefined ? null : parseBunqTime(s.time_end, 'schedule.time_end')
  if (timeEnd !== null && timeEnd < timeStart) {
    throw badRequest('The field schedule.time_end must not be before schedule.time_start.')
  }
  const unit = s.recurrence_unit
  if (typeof unit !== 'string' || !RECURRENCE_UNITS.includes(unit as RecurrenceUnit)) {
    throw badRequest(
      `The field schedule.recurrence_unit must be one of ${RECURRENCE_UNITS.join(', ')}.`,
    )
  }
  const size = s.recurrence_size ?? 1
  if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > 1000) {
    throw badRequest('The field schedule.recurrence_size must be a whole number from 1 to 1000.')
  }
  if (timeStart < bank.now() - 86400e3) {
    throw badRequest('The field schedule.time_start lies more than a day in the past.')
  }
  return { timeStart, timeEnd, unit: unit as RecurrenceUnit, size: size as number }
}

function create(kind: ScheduleData['kind']): Route['handle'] {
  return (ctx) => {
    const { bank, body } = ctx
    const account = pathAccount(ctx)
    const entries =
      kind === 'payment'
        ? [readEntry(bank, account, body.payment ?? null, 'payment.')]
        : readEntries(bank, account, body.payments, 'payments')
    const when = readSchedule(bank, body.schedule)
    const now = bank.now()
    const schedule: ScheduleData = {
      id: bank.nextId(),
      created: now,
      updated: now,
      accountId: account.id,
      kind,
      entries,
      ...when,
      status: 'ACTIVE',
      nextRun: when.timeStart,
    }
    bank.state.schedules.push(schedule)
    return { items: [idItem(schedule.id)] }
  }
}

function cancel(kind: ScheduleData['kind']): Route['handle'] {
  return (ctx) => {
    const s = ownSchedule(ctx, ctx.params.itemID, kind)
    if (s.status === 'ACTIVE') {
      Object.assign(s, { status: 'CANCELLED', nextRun: null, updated: ctx.bank.now() })
      ctx.bank.dirty = true
    }
    return { items: [] }
  }
}

export const scheduleRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${ACCOUNT}/schedule-payment`,
    auth: 'session',
    handle: create('payment'),
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule-payment`,
    auth: 'session',
    handle(ctx) {
      const account = pathAccount(ctx)
      const list = ctx.bank.state.schedules.filter(
        (s) => s.accountId === account.id && s.kind === 'payment',
      )
      return paginate(ctx, list, (s) => renderSchedulePayment(ctx.bank, s))
    },
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule-payment/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({
      items: [renderSchedulePayment(ctx.bank, ownSchedule(ctx, ctx.params.itemID, 'payment'))],
    }),
  },
  {
    method: 'DELETE',
    pattern: `${ACCOUNT}/schedule-payment/{itemID}`,
    auth: 'session',
    handle: cancel('payment'),
  },
  {
    method: 'POST',
    pattern: `${ACCOUNT}/schedule-payment-batch`,
    auth: 'session',
    handle: create('batch'),
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule-payment-batch/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({
      items: [renderSchedulePayment(ctx.bank, ownSchedule(ctx, ctx.params.itemID, 'batch'))],
    }),
  },
  {
    method: 'DELETE',
    pattern: `${ACCOUNT}/schedule-payment-batch/{itemID}`,
    auth: 'session',
    handle: cancel('batch'),
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule`,
    auth: 'session',
    handle(ctx) {
      const account = pathAccount(ctx)
      const list = ctx.bank.state.schedules.filter((s) => s.accountId === account.id)
      return paginate(ctx, list, (s) => renderSchedule(ctx.bank, s))
    },
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/schedule',
    auth: 'session',
    handle(ctx) {
      ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const mine = new Set(ctx.bank.accountsOf(ctx.params.userID).map((a) => a.id))
      const list = ctx.bank.state.schedules.filter((s) => mine.has(s.accountId))
      return paginate(ctx, list, (s) => renderSchedule(ctx.bank, s))
    },
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderSchedule(ctx.bank, ownSchedule(ctx, ctx.params.itemID))] }),
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule/{scheduleID}/schedule-instance`,
    auth: 'session',
    handle(ctx) {
      const s = ownSchedule(ctx, ctx.params.scheduleID)
      const list = ctx.bank.state.scheduleInstances.filter((i) => i.scheduleId === s.id)
      return paginate(ctx, list, (i) => renderInstance(ctx.bank, i))
    },
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/schedule/{scheduleID}/schedule-instance/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const s = ownSchedule(ctx, ctx.params.scheduleID)
      const i = ctx.bank.state.scheduleInstances.find(
        (x) => x.id === ctx.params.itemID && x.scheduleId === s.id,
      )
      if (!i) throw notFound('ScheduleInstance')
      return { items: [renderInstance(ctx.bank, i)] }
    },
  },
]
