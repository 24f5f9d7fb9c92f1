/**
 * Workshop mode's composition: the lessons and the cast over one Platform, with their
 * transport taken from a lesson link when it names one (`?transport=direct&base=…#/lessons/…`,
 * src/transport/link.ts), else from the settings. main.ts builds it once and hands it to App.
 *
 *   const workshop = createWorkshop(platform, {
 *     transport: () => models.settings.transport, search: location.search,
 *     location: windowLocation(window), progress: storeProgress(sharedVaultStore),
 *   })
 */
import type { TransportConfig } from '../bunq/context'
import { lessonIdFromHash } from '../lessons'
import { workshopBackend } from '../lessons/backend'
import { memoryProgress, type ProgressStore } from '../lessons/progress'
import type { Platform } from '../platform/platform'
import type { TransportEnvironment } from '../transport/create-transport'
import { parseTransportLink } from '../transport/link'
import { CastState } from './cast.svelte'
import { LessonsState } from './lessons.svelte'
import type { HashLocation } from './router.svelte'
import { loadDiagnosisWords } from './ui-error'

export interface Workshop {
  lessons: LessonsState
  cast: CastState
  /** Plain-language notes about the link (a removed secret, a refused production URL). */
  linkProblems: readonly string[]
}

export interface WorkshopOptions {
  /** The settings' transport, read at the moment a lesson or the cast needs a bank. */
  transport: () => TransportConfig
  /** location.search: a lesson link's transport parameters win over the settings. */
  search?: string
  /** The hash: `#/lessons/<id>` opens that lesson, now and on every change. */
  location?: HashLocation
  progress?: ProgressStore
  environment?: TransportEnvironment
}

export function createWorkshop(platform: Platform, options: WorkshopOptions): Workshop {
  // A lesson's failed call is worded like the app's (ui-error.ts); the lessons import the words
  // already, so this only hands them to toUiError.
  void loadDiagnosisWords()
  const link = parseTransportLink(options.search ?? '')
  const problems = [...link.problems]
  let fromLink = link.config
  if (link.production) {
    // Lessons make sandbox users and move money: they never run against production.
    problems.push('Lessons never run against bunq production; the link’s base URL was ignored.')
    fromLink = null
  }
  const transport = () => fromLink ?? options.transport()
  const backend = (config: TransportConfig) =>
    workshopBackend(config, platform, options.environment)
  const lessons = new LessonsState({
    platform,
    progress: options.progress ?? memoryProgress(),
    transport,
    backend,
  })
  const cast = new CastState({ platform, transport, backend })
  const location = options.location
  if (location) {
    const follow = () => void lessons.open(lessonIdFromHash(location.read()))
    location.listen(follow)
    follow()
  } else void lessons.refresh()
  return { lessons, cast, linkProblems: problems }
}
