/**
 * The badge of a step that runs: an onboarding step (StepCard) and a lesson step (LessonStepCard)
 * say the same words for the same state. Each adds its own waiting states in front.
 */
export const RUN_BADGES = {
  running: { tone: 'info', text: 'Running…' },
  done: { tone: 'ok', text: 'Done' },
  failed: { tone: 'danger', text: 'Failed' },
} as const
