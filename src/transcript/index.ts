/** Transcripts (Markdown a learner keeps) and presenter masking. */
export { transcriptMarkdown, transcriptFileName } from './markdown'
export type { TranscriptInput, TranscriptStep } from './markdown'
export { maskIban, maskIbansIn, maskForPresenter } from './mask'
export { prettyBody } from './pretty'
