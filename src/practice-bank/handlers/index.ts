import type { Route } from '../route'
import { accountRoutes } from './accounts'
import { bootstrapRoutes } from './bootstrap'
import { userRoutes } from './users'

/** The handler table: every route the practice bank answers (anything else is 404/405). */
export const ROUTES: Route[] = [...bootstrapRoutes, ...userRoutes, ...accountRoutes]
