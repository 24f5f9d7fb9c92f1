/**
 * Lesson 1: the whole path from nothing to a payment, one call at a time (docs/protocol.md §4,
 * §10.2, §10.3). Every later lesson assumes what this one teaches.
 */
import { SUGAR_DADDY } from '../bunq/endpoints/request-inquiries'
import { expectThat, type Lesson } from './types'

const YOU = 'you'

export const firstPayment: Lesson = {
  id: 'first-payment',
  title: 'Your first payment',
  summary:
    'Create a sandbox user, give this page a key pair, install it, register a device, open a session, get sandbox money and pay it back.',
  minutes: 15,
  steps: [
    {
      id: 'create-user',
      title: 'Create a sandbox user',
      explain: [
        'Everything at bunq starts with a user and an API key. In the sandbox you can make both with one call: POST /sandbox-user-person needs no token, no signature and no body.',
        'The answer holds an ApiKey that starts with sandbox_. It is a password for this user: the page keeps it in memory and masks it everywhere it shows it.',
      ],
      calls: ['POST /sandbox-user-person'],
      run: async (world) => {
        await world.client(YOU).createSandboxUser('person')
        return 'A new sandbox person and their API key.'
      },
      check: async (world) => {
        const key = world.client(YOU).context.apiKey ?? ''
        return expectThat(key.startsWith('sandbox_'), 'The API key starts with sandbox_.')
      },
    },
    {
      id: 'key-pair',
      title: 'Make a key pair',
      explain: [
        'bunq wants to know it is really you on every important call, so you sign requests with a private key. WebCrypto makes an RSA-2048 pair here; no HTTP call is needed. In use the private key cannot be read out (non-extractable), it is stored only encrypted, and it leaves the page only in a bunq.conf you export.',
        'The public half goes to bunq in the next step. The private half signs: the session request and every payment.',
      ],
      calls: [],
      run: async (world) => {
        await world.client(YOU).generateKeyPair()
        return 'An RSA-2048 key pair, made in this page.'
      },
      check: async (world) =>
        expectThat(
          (world.client(YOU).context.publicKeyPem ?? '').includes('BEGIN PUBLIC KEY'),
          'The public key is a PEM ready to send.',
        ),
    },
    {
      id: 'installation',
      title: 'Install: swap public keys with bunq',
      explain: [
        'POST /installation sends your public key and gets three things back, in this order: an Id, an installation Token, and the ServerPublicKey.',
        'From now on every answer bunq sends is signed with its key, and the page checks that signature over the exact bytes before it reads a word.',
      ],
      calls: ['POST /installation'],
      run: async (world) => {
        await world.client(YOU).install()
        return 'Installation token received; the server key is stored.'
      },
      check: async (world) => {
        const inst = world.client(YOU).context.installation
        return expectThat(
          !!inst?.token && inst.serverPublicKeyPem.includes('BEGIN PUBLIC KEY'),
          'An installation token and bunq’s public key are in the context.',
        )
      },
    },
    {
      id: 'device',
      title: 'Register this device',
      explain: [
        'POST /device-server ties your API key to this installation (and, at the real bunq, to your IP address). It is authenticated with the installation token and carries the API key as its secret.',
      ],
      calls: ['POST /device-server'],
      run: async (world) => {
        await world.client(YOU).registerDevice({ description: 'workbench lesson: you' })
        return 'The device is registered.'
      },
      check: async (world) =>
        expectThat(world.client(YOU).context.device !== null, 'The device is in the context.'),
    },
    {
      id: 'session',
      title: 'Open a session',
      explain: [
        'POST /session-server is the first call that must be signed: the page signs the body bytes with your private key and sends the signature as X-Bunq-Client-Signature.',
        'The answer holds a session token, which authenticates every call from now on, and your user object.',
      ],
      calls: ['POST /session-server'],
      run: async (world) => {
        await world.openSession(YOU)
        return `Session open for user ${world.client(YOU).context.session?.userId}.`
      },
      check: async (world) => {
        const session = world.client(YOU).context.session
        return expectThat(!!session && session.userId > 0, 'A session token and a user id.')
      },
    },
    {
      id: 'top-up',
      title: 'Ask Sugar Daddy for 100 EUR',
      explain: [
        'Sandbox money comes from sugardaddy@bunq.com: send it a request-inquiry and it pays requests of up to 500 EUR automatically, a moment later.',
        'The check below reads your balance until the money has arrived.',
      ],
      calls: [
        'GET /user/{userID}/monetary-account',
        'POST /user/{userID}/monetary-account/{id}/request-inquiry',
      ],
      run: async (world) => {
        const id = await world.topUp(YOU, '100.00')
        world.notes.set('topUpId', id)
        return `Request-inquiry ${id} sent to Sugar Daddy.`
      },
      check: async (world) => {
        const balance = await world.waitFor(
          () => world.balance(YOU),
          (v) => v === '100.00',
        )
        return expectThat(balance === '100.00', `Your balance is ${balance} EUR.`)
      },
    },
    {
      id: 'pay',
      title: 'Pay 12.50 EUR back',
      explain: [
        'A payment is a signed POST to …/payment with an amount (a string with two decimals), a counterparty and a description. It is sent exactly once: the page never re-sends a payment by itself.',
        'Your side of the payment is negative, -12.50: money leaving your account.',
      ],
      calls: [
        'POST /user/{userID}/monetary-account/{id}/payment',
        'GET /user/{userID}/monetary-account/{id}/payment',
      ],
      run: async (world) => {
        const { accountId } = await world.account(YOU)
        const id = await world.client(YOU).payments.create(accountId, {
          amount: { value: '12.50', currency: 'EUR' },
          counterparty_alias: SUGAR_DADDY,
          description: 'My first bunq API payment',
        })
        world.notes.set('paymentId', id)
        return `Payment ${id} sent.`
      },
      check: async (world) => {
        const { accountId } = await world.account(YOU)
        const page = await world.client(YOU).payments.list(accountId, { count: 10 })
        const mine = page.items.find((p) => p.id === world.notes.get('paymentId'))
        const balance = await world.balance(YOU)
        return expectThat(
          mine?.amount.value === '-12.50' && balance === '87.50',
          `The payment is listed as ${mine?.amount.value ?? 'missing'} EUR; the balance is ${balance} EUR.`,
        )
      },
    },
  ],
}
