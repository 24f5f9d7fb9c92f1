import {
  createMemoryStore,
  createPracticeBank,
  TEST_OPTIONS,
  type CreatePracticeBankOptions,
  type PracticeBank,
} from '../../../src/practice-bank'
import { fakePlatform, type FakePlatform } from './fake-platform'

/** A practice bank and the fake-clock platform it runs on: the pair every in-process client needs. */
export interface PracticeWorld {
  platform: FakePlatform
  bank: PracticeBank
}

/** A ready practice bank in memory on a fresh fake clock, with TEST_OPTIONS (rate limits off, Sugar Daddy instant). */
export async function practiceBankOnFakeClock(
  options: CreatePracticeBankOptions = {},
): Promise<PracticeWorld> {
  const platform = fakePlatform()
  const bank = createPracticeBank({
    ...TEST_OPTIONS,
    platform,
    store: createMemoryStore(),
    ...options,
  })
  await bank.ready
  return { platform, bank }
}
