// Every stored value of a Chromium profile's LevelDB files, decompressed, for byte searches
// (docs/security.md, "profile copy"). Table files (.ldb/.sst): footer -> index block -> data
// blocks, each Snappy-compressed or not per its trailer. Log files (.log): 32 KiB blocks of
// fragments -> write batches -> put records. A value Blink itself compressed (IndexedDB value
// wrapping, marker FF 11 02) is Snappy-decompressed too.
import snappy from 'snappyjs'

function varint(buf: Uint8Array, pos: number): [number, number] {
  let result = 0
  let shift = 0
  for (;;) {
    const byte = buf[pos++]
    result += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return [result, pos]
    shift += 7
    if (shift > 63) throw new Error('bad varint')
  }
}

function block(file: Uint8Array, offset: number, size: number): Uint8Array {
  const raw = file.subarray(offset, offset + size)
  return file[offset + size] === 1 ? snappy.uncompress(raw) : raw
}

/** Key/value entries of one table block (prefix-compressed keys, restart array at the end). */
function entries(data: Uint8Array): { key: Uint8Array; value: Uint8Array }[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const restarts = view.getUint32(data.length - 4, true)
  const end = data.length - 4 - 4 * restarts
  const out: { key: Uint8Array; value: Uint8Array }[] = []
  let key = new Uint8Array(0)
  for (let pos = 0; pos < end;) {
    let shared: number, nonShared: number, length: number
    ;[shared, pos] = varint(data, pos)
    ;[nonShared, pos] = varint(data, pos)
    ;[length, pos] = varint(data, pos)
    const next = new Uint8Array(shared + nonShared)
    next.set(key.subarray(0, shared))
    next.set(data.subarray(pos, pos + nonShared), shared)
    key = next
    pos += nonShared
    out.push({ key, value: data.subarray(pos, pos + length) })
    pos += length
  }
  return out
}

function tableValues(file: Uint8Array): Uint8Array[] {
  const footer = file.subarray(file.length - 48)
  let pos = 0
  ;[, pos] = varint(footer, pos) // metaindex offset
  ;[, pos] = varint(footer, pos) // metaindex size
  const [indexOffset, p2] = varint(footer, pos)
  const [indexSize] = varint(footer, p2)
  const values: Uint8Array[] = []
  for (const { value: handle } of entries(block(file, indexOffset, indexSize))) {
    const [offset, q] = varint(handle, 0)
    const [size] = varint(handle, q)
    const data = block(file, offset, size)
    values.push(data, ...entries(data).map((e) => e.value))
  }
  return values
}

function logValues(file: Uint8Array): Uint8Array[] {
  const batches: Uint8Array[] = []
  let pending: number[] = []
  for (let blockStart = 0; blockStart < file.length; blockStart += 32768) {
    let pos = blockStart
    const blockEnd = Math.min(blockStart + 32768, file.length)
    while (pos + 7 <= blockEnd) {
      const length = file[pos + 4] | (file[pos + 5] << 8)
      const type = file[pos + 6]
      if (type === 0 && length === 0) break
      const fragment = file.subarray(pos + 7, pos + 7 + length)
      pos += 7 + length
      if (type === 1) batches.push(fragment)
      else if (type === 2) pending = [...fragment]
      else if (type === 3) pending.push(...fragment)
      else if (type === 4) {
        pending.push(...fragment)
        batches.push(Uint8Array.from(pending))
        pending = []
      }
    }
  }
  const values: Uint8Array[] = []
  for (const batch of batches) {
    values.push(batch)
    let pos = 12
    try {
      while (pos < batch.length) {
        const tag = batch[pos++]
        let length: number
        ;[length, pos] = varint(batch, pos)
        pos += length // key
        if (tag !== 1) continue
        ;[length, pos] = varint(batch, pos)
        values.push(batch.subarray(pos, pos + length))
        pos += length
      }
    } catch {
      // A torn batch at the end of a log: its fragments were searched whole above.
    }
  }
  return values
}

/** Blink's wrapped IndexedDB value compressed with Snappy: FF 11 02 then the Snappy stream. */
function unwrapped(value: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i + 3 < value.length && i < 16; i++) {
    if (value[i] === 0xff && value[i + 1] === 0x11 && value[i + 2] === 0x02) {
      try {
        out.push(snappy.uncompress(value.subarray(i + 3)))
      } catch {
        // not a Snappy stream after all
      }
    }
  }
  return out
}

/** Every byte string a search of this file must cover: the file, its values, decompressed. */
export function searchable(name: string, file: Uint8Array): Uint8Array[] {
  let values: Uint8Array[] = []
  try {
    if (/\.(ldb|sst)$/.test(name)) values = tableValues(file)
    else if (/\.log$/.test(name)) values = logValues(file)
  } catch (error) {
    throw new Error(`${name}: not a LevelDB file I can read (${(error as Error).message})`, {
      cause: error,
    })
  }
  return [file, ...values, ...values.flatMap(unwrapped)]
}
