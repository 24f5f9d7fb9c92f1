import { genericRoutes } from '../generic/routes'
import type { Route } from '../route'
import { accountChangeRoutes } from './account-changes'
import { accountRoutes } from './accounts'
import { accountAttachmentRoutes } from './attachment-account'
import { attachmentPublicRoutes } from './attachment-public'
import { avatarRoutes } from './avatar'
import { bunqmeTabRoutes } from './bunqme-tab'
import { cardRoutes } from './cards'
import { customerStatementRoutes } from './customer-statement'
import { userExtraRoutes } from './user-extras'
import { draftPaymentRoutes } from './draft-payment'
import { paymentBatchRoutes } from './payment-batch'
import { scheduleRoutes } from './schedules'
import { bootstrapRoutes } from './bootstrap'
import { eventRoutes } from './events'
import { notificationRoutes } from './notifications'
import { paymentRoutes } from './payments'
import { noteAttachmentRoutes } from './note-attachment'
import { inquiryRoutes } from './request-inquiry'
import { responseRoutes } from './request-response'
import { userRoutes } from './users'
import { psd2Routes } from './psd2'
import { oauthCallbackUrlRoutes } from './oauth-callback-url'

/** The hand-made rows: bunq's semantics written out (docs/decisions/0008, 0016). */
export const HAND_MADE_ROUTES: Route[] = [
  ...bootstrapRoutes,
  ...userRoutes,
  ...accountRoutes,
  ...paymentRoutes,
  ...inquiryRoutes,
  ...responseRoutes,
  ...notificationRoutes,
  ...eventRoutes,
  ...accountChangeRoutes,
  ...paymentBatchRoutes,
  ...draftPaymentRoutes,
  ...scheduleRoutes,
  ...bunqmeTabRoutes,
  ...cardRoutes,
  ...userExtraRoutes,
  ...attachmentPublicRoutes,
  ...avatarRoutes,
  ...accountAttachmentRoutes,
  ...noteAttachmentRoutes,
  ...customerStatementRoutes,
  ...psd2Routes,
  ...oauthCallbackUrlRoutes,
]

/**
 * The handler table: every route the practice bank answers (anything else is 404/405). The
 * generic engine answers every other operation of bunq's spec, after the hand-made rows, so a
 * hand-made handler always takes precedence (docs/decisions/0021-generic-engine.md).
 */
export const ROUTES: Route[] = [...HAND_MADE_ROUTES, ...genericRoutes(HAND_MADE_ROUTES)]
