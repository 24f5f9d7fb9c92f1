// A fresh, empty IndexedDB world before every test: fake-indexeddb is global state (docs/toolchain.md P6).
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach } from 'vitest'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})
