/**
 * The teaching content of the onboarding view: per step, what it does, which token it carries,
 * what is signed and what comes back. Sources: docs/protocol.md §4 (bootstrap) and §6 (signing).
 */
import type { OnboardingStepId } from '../state/models'

export interface StepExplanation {
  title: string
  /** The call, e.g. "POST /installation", or "in this page" for local work. */
  call: string
  what: string
  auth: string
  signed: string
  returns: string
}

export const STEP_EXPLANATIONS: Record<OnboardingStepId, StepExplanation> = {
  'create-user': {
    title: 'Create a sandbox user',
    call: 'POST /sandbox-user-person (or -company)',
    what: 'Asks the bunq sandbox for a brand-new test user with its own API key. The API key is the long-term secret that identifies you; everything else is derived from it. (You can paste a key you already have instead, on the API key page.)',
    auth: 'None: this call needs no token.',
    signed: 'Nothing is signed: there is no key pair yet.',
    returns:
      'An ApiKey object whose api_key starts with sandbox_. It is stored encrypted in your vault.',
  },
  'key-pair': {
    title: 'Generate a key pair',
    call: 'In this page (WebCrypto), no request',
    what: 'Makes an RSA-2048 key pair in your browser. bunq gets only the public key. The private key signs your requests so bunq knows they come from this device: in use it is a non-extractable WebCrypto key, it is stored only encrypted in your vault, and it leaves the page only if you export a bunq.conf.',
    auth: 'No network call.',
    signed: 'Nothing yet: this creates the key that signs from now on.',
    returns:
      'A public key in SPKI PEM form (“BEGIN PUBLIC KEY”), shown below and sent in the next step.',
  },
  installation: {
    title: 'Installation',
    call: 'POST /installation',
    what: 'Sends your public key to bunq. bunq answers with an installation token (a short-term credential for the next two calls) and its own server public key, with which every later answer from bunq is verified.',
    auth: 'None: the only call that needs neither a token nor a signature.',
    signed:
      'Not signed. Trust in this answer comes from TLS: its signature is not checked (no server key exists yet).',
    returns: 'Three items in this order: Id, Token (the installation token), ServerPublicKey.',
  },
  device: {
    title: 'Device registration',
    call: 'POST /device-server',
    what: 'Registers this device with your API key (the “secret” field) and binds the key to IP addresses. The workbench asks for the wildcard "*", because a browser has no fixed IP.',
    auth: 'X-Bunq-Client-Authentication: the installation token.',
    signed:
      'X-Bunq-Client-Signature over the exact body bytes (recommended here; bunq enforces it only for sessions and payments).',
    returns:
      'An Id. From here on bunq signs its answers: X-Bunq-Server-Signature is verified with the server key.',
  },
  session: {
    title: 'Open a session',
    call: 'POST /session-server',
    what: 'Exchanges your API key for a session token. Every other call (accounts, payments, …) carries this token. A session lasts the user’s session_timeout (a week by default); renew it before it ends.',
    auth: 'X-Bunq-Client-Authentication: the installation token.',
    signed: 'Mandatory: without X-Bunq-Client-Signature bunq answers 466.',
    returns:
      'Id, Token (the session token) and your user object (UserPerson or UserCompany) with your user id and session_timeout.',
  },
}
