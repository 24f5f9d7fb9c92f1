/** Pretty-prints a JSON body for reading; any other text is returned as it is. */
export function prettyBody(text: string): string {
  if (!text) return ''
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
