import type { Bank } from './bank'
import { badRequest } from './bank-error'
import { cannotPay, payEntries } from './entries'
import type { RecurrenceUnit, ScheduleData } from './state-money'

/**
 * The practice clock and the schedules that run on it (docs/decisions/0016). The bank's time is
 * the real time plus `clockOffsetMs`, which only ever grows ("time travel"). Due schedule instances
 * run at the start of every request and when asked ("run due schedules now"): each run is a real
 * payment through the ledger, or a FAILED_USER_ERROR instance that moves nothing.
 */
export const RECURRENCE_UNITS: RecurrenceUnit[] = [
  'ONCE',
  'HOURLY',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
]
/** A long jump runs at most this many instances per call (a DAILY schedule over years). */
const MAX_RUNS_PER_CALL = 1000

/** bunq's `YYYY-MM-DD hh:mm:ss[.ffffff]` (UTC, docs/protocol.md §3) or an ISO 8601 time. */
export function parseBunqTime(raw: unknown, field: string): number {
  if (typeof raw !== 'string') throw badRequest(`The field ${field} is required.`)
  const bunq = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(\.\d{1,6})?$/.exec(raw.trim())
  const ms = bunq
    ? Date.parse(`${bunq[1]}T${bunq[2]}${(bunq[3] ?? '').slice(0, 4)}Z`)
    : /^\d{4}-\d\d-\d\dT/.test(raw)
      ? Date.parse(raw)
      : NaN
  if (!Number.isFinite(ms)) {
    throw badRequest(`The field ${field} must be a time like 2026-01-31 09:00:00.`)
  }
  return ms
}

/** The time `size` units after `t` (months and years by the calendar, in UTC). */
export function addRecurrence(t: number, unit: RecurrenceUnit, size: number): number {
  const d = new Date(t)
  switch (unit) {
    case 'HOURLY':
      return t + size * 3600e3
    case 'DAILY':
      return t + size * 86400e3
    case 'WEEKLY':
      return t + size * 7 * 86400e3
    case 'MONTHLY':
      return d.setUTCMonth(d.getUTCMonth() + size)
    case 'YEARLY':
      return d.setUTCFullYear(d.getUTCFullYear() + size)
    default:
      return Infinity
  }
}

/** Runs every due instance; returns how many ran. Marks the bank dirty when anything changed. */
export function runDueSchedules(bank: Bank): number {
  let runs = 0
  const now = bank.now()
  for (const schedule of bank.state.schedules) {
    while (
      schedule.status === 'ACTIVE' &&
      schedule.nextRun !== null &&
      schedule.nextRun <= now &&
      runs < MAX_RUNS_PER_CALL
    ) {
      runOnce(bank, schedule, schedule.nextRun)
      runs++
    }
  }
  if (runs > 0) bank.dirty = true
  return runs
}

function runOnce(bank: Bank, schedule: ScheduleData, due: number): void {
  const account = bank.account(schedule.accountId)
  const problem = cannotPay(bank, account, schedule.entries)
  const paymentIds = problem
    ? []
    : payEntries(bank, account, schedule.entries, { scheduledId: schedule.id }).map((p) => p.id)
  bank.state.scheduleInstances.push({
    id: bank.nextId(),
    scheduleId: schedule.id,
    accountId: schedule.accountId,
    timeStart: due,
    timeEnd: bank.now(),
    state: problem ? 'FAILED_USER_ERROR' : 'FINISHED_SUCCESSFULLY',
    error: problem,
    paymentIds,
  })
  const next = addRecurrence(due, schedule.unit, schedule.size)
  schedule.updated = bank.now()
  if (!Number.isFinite(next) || (schedule.timeEnd !== null && next > schedule.timeEnd)) {
    schedule.status = 'FINISHED'
    schedule.nextRun = null
  } else schedule.nextRun = next
}

/** Moves the practice clock forward by `ms` (never back) and runs what became due. */
export function travel(bank: Bank, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The practice clock only moves forward.')
  const step = Math.round(ms)
  bank.state.clockOffsetMs = (bank.state.clockOffsetMs ?? 0) + step
  // Time travel moves the bank's calendar, not the learner's login: sessions and unbound API keys
  // age in real time, so a week's jump does not end the session that made the jump.
  for (const session of bank.state.sessions) session.expiresAt += step
  for (const key of bank.state.apiKeys) key.created += step
  bank.dirty = true
  return runDueSchedules(bank)
}
