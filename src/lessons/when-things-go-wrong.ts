/**
 * Lesson 5: the failures every bunq integration meets, caused on purpose with the practice bank's
 * fault switches: an expired session (docs/protocol.md §4.6, §8), a response whose signature does not
 * verify and a request signed with the wrong key (§6), too many requests (§9), and a sandbox
 * reset (§4.1). Needs the bank inside the page: see backend.ts for why.
 */
import { privateKeyToPem } from '../crypto/pem'
import { generateRsaKeyPair } from '../crypto/rsa'
import { SUGAR_DADDY } from '../bunq/endpoints/request-inquiries'
import { expectThat, type Lesson } from './types'
import type { LessonWorld } from './world'

const YOU = 'you'

/** Log lines since the step began (the step notes where the log stood). */
const linesOfStep = (world: LessonWorld) =>
  world.log.slice((world.notes.get('logFrom') as number) ?? 0)
const markLog = (world: LessonWorld) => world.notes.set('logFrom', world.log.length)
const codeSeen = (world: LessonWorld) => String(world.notes.get('errorCode') ?? 'no error')

export const whenThingsGoWrong: Lesson = {
  id: 'when-things-go-wrong',
  title: 'When things go wrong',
  summary:
    'Expire your session, break a signature both ways, hit the rate limit, and survive a sandbox reset, on purpose, with the practice bank’s fault switches.',
  minutes: 20,
  needs: ['fault-switches'],
  steps: [
    {
      id: 'setup',
      title: 'A user with a session',
      explain: ['One user, bootstrapped in one go as in lesson 1. Now let us break things.'],
      calls: ['the bootstrap calls'],
      run: async (world) => {
        world.practiceBank()
        await world.onboard(YOU)
        return 'Ready.'
      },
      check: async (world) =>
        expectThat(world.client(YOU).context.session !== null, 'A session is open.'),
    },
    {
      id: 'expired-session',
      title: 'Your session expires',
      explain: [
        'Sessions end: after the user’s session_timeout, or when bunq logs the user out. The bank now answers your session token with 401 "Insufficient authorisation.".',
        'The page handles it the way a good client should: for a read (a GET) it opens a new session with POST /session-server and asks once more. A payment is never re-sent by itself: you decide.',
      ],
      calls: ['GET /user (401)', 'POST /session-server', 'GET /user (200)'],
      run: async (world) => {
        markLog(world)
        world.practiceBank().faults.expireSessionsNow()
        await world.client(YOU).users.list()
        return 'The read succeeded after a new session.'
      },
      check: async (world) => {
        const lines = linesOfStep(world)
        const expired = lines.findIndex((l) => l.errorCode === 'session-expired')
        const renewed = lines.findIndex(
          (l) => l.path.endsWith('/session-server') && l.status === 200,
        )
        return expectThat(
          expired >= 0 && renewed > expired && lines.at(-1)?.status === 200,
          'Seen: 401 session-expired, then a new session, then 200.',
        )
      },
    },
    {
      id: 'bad-server-signature',
      title: 'A response that is not from bunq',
      explain: [
        'Every answer after installation carries X-Bunq-Server-Signature over its exact body bytes. The bank now corrupts the next one, as a proxy that changed the body would.',
        'The page checks the signature before it reads the body, so it refuses the answer: server-signature-invalid. Never turn this check off to "make it work".',
      ],
      calls: ['GET /user (signature does not verify)'],
      run: async (world) => {
        world.practiceBank().faults.corruptNextSignature()
        const error = await world.caught(() => world.client(YOU).users.list())
        world.notes.set('errorCode', error?.code ?? null)
        return `The call failed: ${codeSeen(world)}.`
      },
      check: async (world) =>
        expectThat(
          world.notes.get('errorCode') === 'server-signature-invalid',
          `Error seen: ${codeSeen(world)}.`,
        ),
    },
    {
      id: 'bad-request-signature',
      title: 'Signed with the wrong key',
      explain: [
        'Now the other way round: a payment signed with a private key bunq has never seen. The bank checks X-Bunq-Client-Signature against the public key from your installation and refuses: "The request signature is invalid.".',
        'In real life this means the key pair and the installation do not belong together: an old bunq.conf, or a key made again after installing. The fix is a new installation with the key you sign with.',
      ],
      calls: ['POST …/payment (wrong signature)'],
      run: async (world) => {
        const pair = await generateRsaKeyPair({ extractable: true }, world.platform.subtle)
        const pem = await privateKeyToPem(pair.privateKey, world.platform.subtle)
        const impostor = world.variant('wrong key', YOU, { privateKeyPem: pem })
        const { accountId } = await world.account(YOU)
        const error = await world.caught(() =>
          impostor.payments.create(accountId, {
            amount: { value: '1.00', currency: 'EUR' },
            counterparty_alias: SUGAR_DADDY,
            description: 'Signed with the wrong key',
          }),
        )
        world.notes.set('errorCode', error?.code ?? null)
        return `The bank refused the payment: ${codeSeen(world)}.`
      },
      check: async (world) =>
        expectThat(
          world.notes.get('errorCode') === 'bad-request-signature',
          `Error seen: ${codeSeen(world)}.`,
        ),
    },
    {
      id: 'too-many',
      title: 'Too many requests',
      explain: [
        'bunq counts calls per IP address and endpoint: 3 GETs, 5 POSTs, 2 PUTs in any 3 seconds, and 1 session per 30 seconds. The bank now enforces those limits.',
        'A client without a limiter sends 5 GETs at once: the bank answers the extra ones with 429 "Too many requests". A whole workshop room shares one IP, so this is what a room sees first.',
      ],
      calls: ['GET /user (×5 at once, some 429)'],
      run: async (world) => {
        world.practiceBank().options.rateLimits = 'enforce'
        markLog(world)
        const hasty = world.variant('no limiter', YOU, { limiter: false })
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, () => hasty.users.list()),
        )
        const refused = results.filter((r) => r.status === 'rejected').length
        return `${5 - refused} answered, ${refused} refused with 429.`
      },
      check: async (world) => {
        const limited = linesOfStep(world).filter((l) => l.status === 429).length
        return expectThat(limited > 0, `${limited} call(s) answered 429 rate-limited.`)
      },
    },
    {
      id: 'limiter',
      title: 'Let a limiter wait for you',
      explain: [
        'A client can keep its own count per endpoint and wait for a free slot instead of sending a call bunq will refuse. Same 5 GETs, once the window has passed: the first three go at once, the 4th waits until the oldest call is 3 seconds old, and no 429 comes back.',
        'One detail makes it work: the client counts a call when it sends it, bunq when it arrives, a few milliseconds later. This limiter adds a quarter-second margin to every window for that.',
      ],
      calls: ['GET /user (×5, paced by the client)'],
      run: async (world) => {
        await world.platform.sleep(3_500)
        markLog(world)
        const careful = world.variant('with limiter', YOU, { limiter: true, windowMarginMs: 250 })
        for (let i = 0; i < 5; i++) await careful.users.list()
        world.practiceBank().options.rateLimits = 'off'
        return 'All five answered.'
      },
      check: async (world) => {
        const lines = linesOfStep(world)
        const ok = lines.filter((l) => l.status === 200).length
        return expectThat(
          ok === 5 && lines.every((l) => l.status !== 429),
          `${ok} answered 200, ${lines.length - ok} refused.`,
        )
      },
    },
    {
      id: 'sandbox-reset',
      title: 'The sandbox is reset',
      explain: [
        'Every now and then bunq resets the sandbox: all users, API keys, installations and money are gone. Your stored tokens then mean nothing to the server, and even a new session cannot be opened.',
        'There is nothing to repair. The only way on is the way you came in: a new sandbox user, and the whole bootstrap again.',
      ],
      calls: ['GET /user (refused)', 'POST /session-server (refused)'],
      run: async (world) => {
        await world.practiceBank().faults.resetSandbox()
        const error = await world.caught(() => world.client(YOU).users.list())
        world.notes.set('errorCode', error?.code ?? null)
        return `After the reset: ${codeSeen(world)}.`
      },
      check: async (world) => {
        const code = world.notes.get('errorCode')
        return expectThat(
          code === 'session-expired' || code === 'bad-api-key-or-ip',
          `Error seen: ${codeSeen(world)}.`,
        )
      },
    },
    {
      id: 'start-over',
      title: 'Start over',
      explain: [
        'A new sandbox user, a new key pair, installation, device and session: lesson 1 in one go. The new account starts empty.',
      ],
      calls: ['the bootstrap calls', 'GET …/monetary-account'],
      run: async (world) => {
        await world.onboard(YOU)
        return 'A new user, a new session.'
      },
      check: async (world) => {
        const balance = await world.balance(YOU)
        return expectThat(balance === '0.00', `The new account holds ${balance} EUR.`)
      },
    },
  ],
}
