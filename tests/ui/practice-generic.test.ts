import { render, screen } from '@testing-library/svelte'
import { expect, test } from 'vitest'
import { createMemoryStore, createPracticeBank, TEST_OPTIONS } from '../../src/practice-bank'
import { catalogue } from '../../src/spec/catalogue'
import type { PracticeBankModel } from '../../src/state/models'
import PracticeGenericList from '../../src/ui/components/PracticeGenericList.svelte'

// The practice bank page lists the generic operations from the bank itself (docs/decisions/0021).

test('lists the operations the bank answers generically, derived from the catalogue', async () => {
  const bank = createPracticeBank({ ...TEST_OPTIONS, store: createMemoryStore() })
  await bank.ready
  const ops = bank.genericOperations()
  // Derived, not hand-written: every one is an operation of the catalogue, and some are hand-made.
  const known = new Set(catalogue.operations.map((o) => `${o.method} ${o.path}`))
  expect(ops.every((o) => known.has(`${o.method} ${o.path}`))).toBe(true)
  expect(ops.length).toBeLessThan(catalogue.operations.length)
  expect(ops.some((o) => o.path.endsWith('/payment') && o.method === 'POST')).toBe(false)
  const controls = { ready: true, genericOperations: ops } as unknown as PracticeBankModel
  const { container } = render(PracticeGenericList, { props: { controls } })
  expect(screen.getByText(`Show the ${ops.length} generic operations`)).toBeTruthy()
  expect(container.querySelectorAll('li')).toHaveLength(ops.length)
  expect(container.textContent).toContain('X-Practice-Bank-Emulation: generic')
})
