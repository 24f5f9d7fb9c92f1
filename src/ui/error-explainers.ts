/**
 * Every stable error code (src/bunq/error-codes.ts) explained in plain words: what happened and
 * what to do. A test enforces that each code has an entry. bunq's own texts are quoted where the
 * code comes from them (docs/protocol.md §8); network codes never blame bunq.
 */
import type { ErrorCode } from '../bunq/error-codes'

export interface Explainer {
  title: string
  what: string
  fix: string
}

const RELAY =
  'Run the relay on your machine with the command npm run relay -- --target https://public-api.sandbox.bunq.com --allow-origin followed by this page’s origin, then choose "Relay" in Settings. Or use the practice bank, which runs inside this page and needs no network.'

export const ERROR_EXPLAINERS: Record<ErrorCode, Explainer> = {
  'network-offline': {
    title: 'You are offline',
    what: 'The browser has no network connection, so the request never left this page.',
    fix: 'Reconnect and retry, or switch to the practice bank, which works offline.',
  },
  'host-unreachable': {
    title: 'The server could not be reached',
    what: 'The request was sent, but no server answered at that address: the server is not running, the address is wrong, its name did not resolve, or the network is down.',
    fix: 'If it is a relay or a practice bank server on your machine, make sure it is running. If you entered the base URL yourself in Settings, check it. Otherwise check your connection and retry.',
  },
  'cors-blocked': {
    title: 'Blocked by the browser’s cross-origin rules',
    what: 'The server exists, but it does not allow web pages from other sites to call it (no CORS headers). This is a browser rule, not a bunq error: bunq’s API is known to refuse browser origins.',
    fix: RELAY,
  },
  'signature-header-unreadable': {
    title: 'The response signature is hidden from this page',
    what: 'The server answered, but the browser hides X-Bunq-Server-Signature because the server does not expose it (Access-Control-Expose-Headers). Without it the answer cannot be verified, so it is not trusted.',
    fix: RELAY + ' The relay exposes the X-Bunq headers.',
  },
  timeout: {
    title: 'No answer in time',
    what: 'The request was sent but no answer came before the time limit.',
    fix: 'Retry a read. Do not blindly repeat a payment: check the payments list first, it may have gone through.',
  },
  'bad-api-key-or-ip': {
    title: 'API key or IP address not accepted',
    what: 'bunq said: “User credentials are incorrect. Incorrect API key or IP address.” The key is wrong, belongs to the other environment (sandbox keys start with sandbox_), or is bound to a different IP than the one calling.',
    fix: 'Check the key and its environment. Register the device with the wildcard IP ("*"), or call from the IP the key is bound to. Sandbox keys are wiped at every sandbox reset: create a new sandbox user.',
  },
  'session-expired': {
    title: 'Session expired or not valid',
    what: 'bunq said “Insufficient authorisation.” (or “Insufficient authentication.”): the session token has expired or was ended. Sandbox resets also end every session.',
    fix: 'Renew the session (the session bar’s Renew button). If that fails too, redo device registration or create a new sandbox user after a sandbox reset.',
  },
  'signature-required': {
    title: 'This call must be signed',
    what: 'bunq answered 466: “For this operation a request signature is required.” Opening a session and creating or accepting payments need X-Bunq-Client-Signature over the exact body.',
    fix: 'The workbench signs these calls itself; if you built the request by hand (curl), add the signature computed over the exact body bytes.',
  },
  'bad-request-signature': {
    title: 'The request signature did not verify',
    what: 'bunq said “The request signature is invalid.”: the signature does not match the bytes received. Usually the body was changed after signing (re-serialised, reformatted), or the key pair does not match the installation.',
    fix: 'Sign the exact bytes you send. If the key pair was replaced, redo installation, device and session.',
  },
  'rate-limited': {
    title: 'Too many requests',
    what: 'bunq said “Too many requests.” Per IP and endpoint: 3 GETs, 5 POSTs, 2 PUTs per 3 seconds; one session-server call per 30 seconds. A room sharing one IP shares these limits.',
    fix: 'Wait a few seconds and retry. In a workshop, stagger calls.',
  },
  'bad-request': {
    title: 'bunq rejected the request',
    what: 'bunq answered 400: something in the request is not acceptable. bunq’s own text below says what.',
    fix: 'Read bunq’s message, fix the field it names and send again.',
  },
  unauthorised: {
    title: 'Not authorised',
    what: 'bunq answered 401: the token or signature was not accepted.',
    fix: 'Renew the session. If it keeps failing, redo the onboarding steps from installation.',
  },
  forbidden: {
    title: 'Not allowed',
    what: 'bunq answered 403: this user may not do this (or the session is no longer valid).',
    fix: 'Check you are acting on your own user and account ids; renew the session.',
  },
  'not-found': {
    title: 'Not found',
    what: 'bunq answered 404: the path or one of its ids does not exist for this user. After a sandbox reset, old ids are gone.',
    fix: 'Check the {userID} and {monetary-accountID} in the path; reload accounts.',
  },
  'method-not-allowed': {
    title: 'Method not allowed here',
    what: 'bunq answered 405: this endpoint does not accept that HTTP method.',
    fix: 'Pick the endpoint from the console catalogue to see which methods it takes.',
  },
  'user-error': {
    title: 'bunq refused it (user error)',
    what: 'bunq answered 490: the request is well-formed but not allowed for this user right now (e.g. insufficient balance).',
    fix: 'Read bunq’s message below; top up sandbox money if the balance is too low.',
  },
  maintenance: {
    title: 'bunq is in maintenance',
    what: 'bunq answered 491: the service is temporarily down for maintenance. The sandbox is also reset from time to time.',
    fix: 'Try again later. After a sandbox reset, create a new sandbox user.',
  },
  'server-error': {
    title: 'bunq had an internal error',
    what: 'bunq answered 500. The request may or may not have been processed.',
    fix: 'Retry reads. For payments, check the list before sending again.',
  },
  'unknown-api-error': {
    title: 'Unexpected answer from bunq',
    what: 'bunq answered with a status the workbench does not know.',
    fix: 'Look at the raw response in the exchange below.',
  },
  'server-signature-missing': {
    title: 'The answer was not signed',
    what: 'bunq signs every successful answer after installation (X-Bunq-Server-Signature). This one had no signature, so it was not trusted.',
    fix: 'If you use a relay or proxy, make it forward and expose X-Bunq-Server-Signature. Otherwise treat the answer as tampered.',
  },
  'server-signature-invalid': {
    title: 'The answer’s signature is wrong',
    what: 'The signature on the answer does not verify with bunq’s server key from installation: the bytes were changed on the way, or the key is from another installation.',
    fix: 'Make sure nothing between you and bunq rewrites bodies. Redo installation if the server key is stale (e.g. after a sandbox reset).',
  },
  'malformed-response': {
    title: 'The answer is not bunq’s format',
    what: 'The body is not JSON in bunq’s {"Response": [...]} envelope. Often an HTML error page from a proxy, or the wrong base URL.',
    fix: 'If you entered a base URL in Settings, check it (it ends in /v1); if you use a relay, make sure it forwards to bunq.',
  },
  'wrong-bank': {
    title: 'Stopped: that is not this context’s bank',
    what: 'Each context belongs to the bank that issued its API key, and its key and tokens go only there. This request was addressed somewhere else, so it was stopped before anything was sent: nothing left this page.',
    fix: 'To work with another bank, switch to a context of that bank in Settings (or create one there). The context you are in keeps working with its own bank.',
  },
  'no-context': {
    title: 'An earlier step is missing',
    what: 'This needs something not done yet (for example a session, or a key pair).',
    fix: 'Finish the onboarding steps first.',
  },
  'key-format': {
    title: 'Key not readable',
    what: 'A key or PEM block could not be read.',
    fix: 'Paste the whole PEM block, including its BEGIN and END lines.',
  },
  'vault-locked': {
    title: 'The vault is locked',
    what: 'Your keys and tokens are encrypted and the vault is locked (by you, or by auto-lock).',
    fix: 'Unlock it with your passphrase on the Start page.',
  },
  'no-vault': {
    title: 'No vault yet',
    what: 'There is no vault in this browser yet, so there is nothing to unlock or store into.',
    fix: 'Create the vault on the Start page first: it takes one passphrase (or none, for the practice bank and sandbox).',
  },
  'vault-exists': {
    title: 'A vault already exists',
    what: 'This browser already holds a vault, and a second one would replace it and everything in it.',
    fix: 'Unlock the existing vault on the Start page. To start over, wipe it first under Protection on the Start page (this deletes every context).',
  },
  'wrong-passphrase': {
    title: 'Wrong passphrase',
    what: 'That passphrase does not decrypt this vault.',
    fix: 'Check caps lock and try again. A forgotten passphrase cannot be recovered: you can delete the vault and start over.',
  },
  'weak-passphrase': {
    title: 'Passphrase too short',
    what: 'A new passphrase needs at least 8 characters; a shorter one would be quick to guess from a copy of this browser’s files.',
    fix: 'Choose a longer one: several unrelated words are easy to remember and hard to guess. Nothing was changed.',
  },
  'confirmation-required': {
    title: 'Needs your confirmation',
    what: 'Deleting a context or wiping the vault cannot be undone, so it only happens after you confirm it.',
    fix: 'Confirm in the dialog (for a wipe, type the words it asks for). Nothing was deleted.',
  },
  'vault-damaged': {
    title: 'The stored vault is damaged',
    what: 'The encrypted data in this browser cannot be read (changed, truncated, or from an unknown version).',
    fix: 'Delete the vault and create a new one; for the sandbox, just create a new sandbox user.',
  },
  'quota-exceeded': {
    title: 'Browser storage is full',
    what: 'The browser refused to store more data for this site.',
    fix: 'Clear the history (History page) or free space in the browser’s site settings.',
  },
  'storage-unavailable': {
    title: 'Storage is not available',
    what: 'This browser does not let the page store data (private window or blocked storage). Everything stays in memory until the tab closes.',
    fix: 'Use a normal window to keep your vault, or export your context before closing.',
  },
  'context-file-invalid': {
    title: 'Not a valid context file',
    what: 'The file is not a bunq.conf as the SDKs write it (api_key, environment_type, installation_context, session_context).',
    fix: 'Export the context again from the SDK and import that file.',
  },
  'production-locked': {
    title: 'Production is locked',
    what: 'This needs production, which is locked by default because a production key moves real money.',
    fix: 'Unlock production in Settings (typed confirmation), or use a sandbox key (it starts with sandbox_).',
  },
  'practice-bank-refusal': {
    title: 'The practice bank refused the call',
    what: 'The practice bank answered with an error, as bunq would: its text says what it did not accept.',
    fix: 'Read the error text, change the request, and send it again.',
  },
}

export function explain(code: string): Explainer {
  return (
    (ERROR_EXPLAINERS as Record<string, Explainer>)[code] ?? {
      title: 'Something went wrong',
      what: 'This page has no plain-words explanation for this error yet.',
      fix: 'Look at the exchange below for details.',
    }
  )
}
