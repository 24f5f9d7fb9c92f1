import type { Bank } from '../bank'
import { badRequest } from '../bank-error'
import { bunqTime, money } from '../format'
import { readAmount } from '../money'
import { label } from '../render-money'
import { displayName } from '../render-user'
import { idItem, type Route } from '../route'
import type { CardData } from '../state-money'
import { ownedItemReads, ownItem, type OwnedItems } from './owned-items'
import { pathUser } from './users'

/**
 * card-name, card-debit and card (swagger CardNameListing, CardDebit, CardRead; docs/decisions/
 * 0016). A practice card moves no money: it is data a client orders, reads and updates (status,
 * limit, which account each PIN routing pays from). The PIN code itself is never stored or shown.
 */
const STATUSES: CardData['status'][] = ['ACTIVE', 'DEACTIVATED', 'LOST', 'STOLEN', 'CANCELLED']
const MAX_LIMIT = 1000000

function renderCard(bank: Bank, c: CardData): Record<string, unknown> {
  const user = bank.user(c.userId)
  const accountId = c.pinAssignments[0]?.monetaryAccountId ?? bank.accountsOf(c.userId)[0].id
  const own = label(bank, accountId, null)
  return {
    CardDebit: {
      id: c.id,
      created: bunqTime(c.created),
      updated: bunqTime(c.updated),
      public_uuid: c.publicUuid,
      user_id: c.userId,
      type: c.type,
      sub_type: 'NONE',
      product_type: c.productType,
      first_line: displayName(user),
      second_line: c.secondLine,
      status: c.status,
      sub_status: 'NONE',
      order_status: 'VIRTUAL_DELIVERY',
      expiry_date: new Date(c.created + 4 * 365 * 86400e3).toISOString().slice(0, 10),
      name_on_card: c.nameOnCard,
      primary_account_numbers: [
        {
          id: c.id,
          description: c.secondLine,
          status: c.status === 'ACTIVE' ? 'ACTIVE' : 'CANCELLED',
          monetary_account_id: accountId,
          uuid: c.publicUuid,
          four_digit: c.fourDigit,
          type: 'PHYSICAL',
        },
      ],
      card_limit: money(c.limit),
      card_limit_atm: money(Math.min(c.limit, 50000)),
      country_permission: [],
      label_monetary_account_ordered: own,
      label_monetary_account_current: own,
      pin_code_assignment: c.pinAssignments.map((p) => ({
        type: p.type,
        routing_type: 'MANUAL',
        monetary_account_id: p.monetaryAccountId,
        status: 'ACTIVE',
      })),
      monetary_account_id_fallback: null,
      country: 'NL',
    },
  }
}

function readPins(bank: Bank, userId: number, raw: unknown): CardData['pinAssignments'] {
  if (!Array.isArray(raw)) throw badRequest('The field pin_code_assignment must be a list.')
  return raw.map((item, i) => {
    const p = (item ?? {}) as Record<string, unknown>
    if (p.type !== 'PRIMARY' && p.type !== 'SECONDARY' && p.type !== 'TERTIARY') {
      throw badRequest(
        `The field pin_code_assignment[${i}].type must be PRIMARY, SECONDARY or TERTIARY.`,
      )
    }
    const id = p.monetary_account_id
    if (!bank.accountsOf(userId).some((a) => a.id === id && a.status === 'ACTIVE')) {
      throw badRequest(
        `The field pin_code_assignment[${i}].monetary_account_id must be one of your active accounts.`,
      )
    }
    return { type: p.type, monetaryAccountId: id as number }
  })
}

const CARDS: OwnedItems<CardData> = {
  type: 'Card',
  under(ctx) {
    const user = pathUser(ctx)
    return ctx.bank.state.cards.filter((c) => c.userId === user.id)
  },
  render: (ctx, card) => renderCard(ctx.bank, card),
}

export const cardRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/user/{userID}/card-name',
    auth: 'session',
    handle(ctx) {
      const user = pathUser(ctx)
      const names =
        user.kind === 'UserCompany'
          ? [user.firstName]
          : [displayName(user), `${user.firstName[0]}. ${user.lastName}`]
      return { items: [{ CardName: { possible_card_name_array: names } }] }
    },
  },
  {
    method: 'POST',
    pattern: '/user/{userID}/card-debit',
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const user = pathUser(ctx)
      for (const field of ['second_line', 'name_on_card', 'type', 'product_type']) {
        if (typeof body[field] !== 'string' || body[field] === '')
          throw badRequest(`The field ${field} is required.`)
      }
      if (body.type !== 'MAESTRO' && body.type !== 'MASTERCARD') {
        throw badRequest('The field type must be MAESTRO or MASTERCARD.')
      }
      if ((body.second_line as string).length > 21)
        throw badRequest('The field second_line is at most 21 characters.')
      const names = [displayName(user), `${user.firstName[0]}. ${user.lastName}`, user.firstName]
      if (!names.includes(body.name_on_card as string)) {
        throw badRequest('The field name_on_card must be one of the names from card-name.')
      }
      const pins =
        body.pin_code_assignment === undefined
          ? []
          : readPins(bank, user.id, body.pin_code_assignment)
      const now = bank.now()
      const card: CardData = {
        id: bank.nextId(),
        created: now,
        updated: now,
        userId: user.id,
        publicUuid: bank.uuid(),
        type: body.type,
        productType: body.product_type as string,
        secondLine: body.second_line as string,
        nameOnCard: body.name_on_card as string,
        status: 'ACTIVE',
        fourDigit: String(1000 + ((bank.platform.randomBytes(2)[0] * 35) % 9000)).slice(0, 4),
        limit: 100000,
        pinAssignments: pins,
      }
      bank.state.cards.push(card)
      return { items: [idItem(card.id)] }
    },
  },
  ...ownedItemReads('/user/{userID}/card', CARDS),
  {
    method: 'PUT',
    pattern: '/user/{userID}/card/{itemID}',
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const card = ownItem(ctx, CARDS)
      if (body.status !== undefined) {
        if (!STATUSES.includes(body.status as CardData['status'])) {
          throw badRequest(`The field status must be one of ${STATUSES.join(', ')}.`)
        }
        if (card.status === 'CANCELLED')
          throw badRequest('The card is CANCELLED and cannot change.')
        card.status = body.status as CardData['status']
      }
      if (body.card_limit !== undefined) {
        const cents = readAmount(bank, body.card_limit, 'EUR', 'card_limit')
        if (cents > MAX_LIMIT) throw badRequest('The field card_limit can be at most 10000.00.')
        card.limit = cents
      }
      if (body.pin_code_assignment !== undefined) {
        card.pinAssignments = readPins(bank, card.userId, body.pin_code_assignment)
      }
      if (body.second_line !== undefined) {
        if (typeof body.second_line !== 'string' || body.second_line.length > 21) {
          throw badRequest('The field second_line is at most 21 characters.')
        }
        card.secondLine = body.second_line
      }
      card.updated = bank.now()
      bank.dirty = true
      return { items: [renderCard(bank, card)] }
    },
  },
]
