import { bankOf, type BankBinding } from '../../bunq/bank'
import type { TransportConfig } from '../../bunq/context'

/** The bank chosen, in words, and whether the active identity lives there (the header, Settings). */
export interface BankStatus {
  bank: BankBinding
  label: string
  /** 'active': a context of this bank is open; 'none': no context for this bank yet. */
  context: 'active' | 'none' | 'locked'
}

/**
 * The bank a transport setting chooses (src/bunq/bank.ts `bankOf`): a relay is bunq's sandbox,
 * production is chosen by its URL. Settings keep URLs normalised (src/transport/base-url.ts).
 */
export function bankOfSetting(transport: TransportConfig): BankBinding {
  return bankOf(transport, 'SANDBOX')
}
