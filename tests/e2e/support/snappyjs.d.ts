// Types for snappyjs (pure JavaScript Snappy, no native build), used by the profile byte search.
declare module 'snappyjs' {
  const snappy: {
    uncompress(input: Uint8Array, maxLength?: number): Uint8Array
    compress(input: Uint8Array): Uint8Array
  }
  export default snappy
}
