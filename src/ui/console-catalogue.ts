/**
 * The console's catalogue of common endpoints (docs/protocol.md §4.7, §10). Static teaching
 * content: {userID} and {monetary-accountID} are filled in by the console from the session.
 */
export interface EndpointTemplate {
  id: string
  label: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  /** A JSON body to start from ('' for none). */
  body: string
  description: string
}

const json = (value: unknown) => JSON.stringify(value, null, 2)

export const CATALOGUE: readonly EndpointTemplate[] = [
  {
    id: 'user',
    label: 'Who am I',
    method: 'GET',
    path: '/user',
    body: '',
    description: 'Your user object (UserPerson or UserCompany).',
  },
  {
    id: 'accounts',
    label: 'List accounts',
    method: 'GET',
    path: '/user/{userID}/monetary-account-bank',
    body: '',
    description: 'Your bank accounts with balances and IBANs.',
  },
  {
    id: 'payments',
    label: 'List payments',
    method: 'GET',
    path: '/user/{userID}/monetary-account/{monetary-accountID}/payment?count=10',
    body: '',
    description: 'Newest first; follow Pagination.older_url for more.',
  },
  {
    id: 'sugardaddy',
    label: 'Get sandbox money',
    method: 'POST',
    path: '/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry',
    body: json({
      amount_inquired: { value: '100.00', currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
      description: 'You’re the best!',
      allow_bunqme: false,
    }),
    description: 'Sugar Daddy accepts up to 500 EUR per request.',
  },
  {
    id: 'pay',
    label: 'Make a payment',
    method: 'POST',
    path: '/user/{userID}/monetary-account/{monetary-accountID}/payment',
    body: json({
      amount: { value: '0.10', currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' },
      description: 'My first payment',
    }),
    description: 'Signed: bunq answers 466 without a signature.',
  },
  {
    id: 'requests',
    label: 'List money requests',
    method: 'GET',
    path: '/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry',
    body: '',
    description: 'Requests you sent and their status.',
  },
  {
    id: 'new-account',
    label: 'Open an account',
    method: 'POST',
    path: '/user/{userID}/monetary-account-bank',
    body: json({ currency: 'EUR', description: 'Second account' }),
    description: 'A second bank account for this user.',
  },
  {
    id: 'filters',
    label: 'Set callbacks',
    method: 'POST',
    path: '/user/{userID}/notification-filter-url',
    body: json({
      notification_filters: [
        { category: 'MUTATION', notification_target: 'https://example.com/cb' },
      ],
    }),
    description: 'Replaces your callback list (the page cannot receive them).',
  },
  {
    id: 'events',
    label: 'List events',
    method: 'GET',
    path: '/user/{userID}/event?count=10',
    body: '',
    description: 'Your activity feed.',
  },
  {
    id: 'end-session',
    label: 'End session',
    method: 'DELETE',
    path: '/session/0',
    body: '',
    description: 'Ends the session of the token used (the id is a dummy).',
  },
]
