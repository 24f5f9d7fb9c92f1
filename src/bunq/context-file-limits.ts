/**
 * The bunq.conf size limit, apart from the importer so the file picker can check a file's size
 * before reading it without loading the importer (docs/decisions/0007: first screen, then the rest).
 */
export const MAX_CONTEXT_FILE_BYTES = 1_000_000

export const FILE_TOO_LARGE =
  'The file is larger than 1 MB; a bunq.conf is a few kilobytes. Choose the file your SDK saved.'

/**
 * A chosen file's text, decoded exactly as a paste arrives: a leading byte order mark is kept
 * (TextDecoder would drop it silently) so the importer handles it in one place for both.
 */
export async function readContextFileText(file: Blob): Promise<string> {
  if (file.size > MAX_CONTEXT_FILE_BYTES) throw new RangeError(FILE_TOO_LARGE)
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer())
}
