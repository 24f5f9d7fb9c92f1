// bunq.conf files a careless tool or a hostile sender makes (docs/protocol.md §13, docs/security.md
// "bunq.conf import"): weak keys, invisible characters, look-alike letters, huge files and a BOM.
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  exportBunqConf,
  importBunqConf,
  MAX_CONTEXT_FILE_BYTES,
  MAX_USER_OBJECT_BYTES,
} from '../../src/bunq/context-file'
import { fullContext } from '../storage/helpers'

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0)
type Conf = Record<string, Record<string, unknown> & { [k: string]: unknown }>

async function conf(): Promise<Conf> {
  return JSON.parse(exportBunqConf(await fullContext()))
}

async function refusal(file: unknown): Promise<string> {
  const text = typeof file === 'string' ? file : JSON.stringify(file)
  try {
    await importBunqConf(text, NOW)
  } catch (error) {
    return (error as Error).message
  }
  return 'imported'
}

function pair(bits: number) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits })
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  }
}

describe('bunq.conf import: keys', () => {
  it('refuses a client key pair under 2,047 bits, naming the field and the size', async () => {
    const file = await conf()
    const weak = pair(1024)
    file.installation_context.private_key_client = weak.privatePem
    file.installation_context.public_key_client = weak.publicPem
    expect(await refusal(file)).toBe(
      'installation_context.public_key_client is a 1024-bit RSA key; bunq needs at least 2048 bits.',
    )
  })

  it('refuses a server key under 2,047 bits', async () => {
    const file = await conf()
    file.installation_context.public_key_server = pair(1536).publicPem
    expect(await refusal(file)).toMatch(/^installation_context.public_key_server is a 1536-bit/)
  })

  it('accepts a 2,048-bit key pair (the export round-trips)', async () => {
    expect(await refusal(await conf())).toBe('imported')
  })
})

describe('bunq.conf import: invisible characters', () => {
  const bad: [string, string][] = [
    ['CR LF', '\r\n'],
    ['LF', '\n'],
    ['NUL', '\u0000'],
    ['tab', '\t'],
    ['DEL', '\u007f'],
    ['a right-to-left override', '\u202e'],
    ['a left-to-right isolate', '\u2066'],
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a byte order mark inside', '\ufeff'],
    ['a non-breaking space', '\u00a0'],
  ]
  it.each(bad)('refuses %s in the session token', async (_name, char) => {
    const file = await conf()
    file.session_context.token = `${file.session_context.token}${char}`
    expect(await refusal(file)).toMatch(
      /^session_context.token contains an invisible or control character at position \d+/,
    )
  })

  it.each(bad)('refuses %s in the API key and the installation token', async (_name, char) => {
    const a = await conf()
    ;(a as Record<string, unknown>).api_key = `sandbox_${char}abc`
    expect(await refusal(a)).toMatch(
      /^api_key contains an invisible or control character at position 9/,
    )
    const b = await conf()
    b.installation_context.token = `${char}${b.installation_context.token}`
    expect(await refusal(b)).toMatch(/^installation_context.token contains/)
  })

  it('refuses a bidi override or NUL inside a PEM key, but keeps CRLF line ends there', async () => {
    const file = await conf()
    const pem = file.installation_context.public_key_client as string
    file.installation_context.public_key_client = pem.replace('\n', '\u202e\n')
    expect(await refusal(file)).toMatch(/^installation_context.public_key_client contains/)
    const crlf = await conf()
    crlf.installation_context.public_key_client = (
      crlf.installation_context.public_key_client as string
    ).replace(/\n/g, '\r\n')
    expect(await refusal(crlf)).toBe('imported')
  })
})

describe('bunq.conf import: environment_type', () => {
  it.each(['ſandbox', 'ſANDBOX', 'sandbox', 'Sandbox', 'PRODUCTİON', 'production'])(
    'refuses %s (compared exactly, no case folding)',
    async (value) => {
      const file = await conf()
      ;(file as Record<string, unknown>).environment_type = value
      expect(await refusal(file)).toBe('environment_type must be SANDBOX or PRODUCTION.')
    },
  )

  it('accepts SANDBOX with surrounding spaces', async () => {
    const file = await conf()
    ;(file as Record<string, unknown>).environment_type = '  SANDBOX '
    expect(await refusal(file)).toBe('imported')
  })
})

describe('bunq.conf import: size and BOM', () => {
  it('refuses a file over 1 MB before parsing it, saying the limit', async () => {
    const file = await conf()
    const text = JSON.stringify(file).replace(
      /}$/,
      `,"padding":"${'x'.repeat(MAX_CONTEXT_FILE_BYTES)}"}`,
    )
    expect(await refusal(text)).toBe(
      'The file is larger than 1 MB; a bunq.conf is a few kilobytes. Choose the file your SDK saved.',
    )
  })

  it('refuses a user object larger than the cap, naming it', async () => {
    const file = await conf()
    const user = {
      ...(file.session_context.user_person as object),
      bio: 'x'.repeat(MAX_USER_OBJECT_BYTES),
    }
    file.session_context.user_person = user
    file.session_context.userPerson = user
    expect(await refusal(file)).toMatch(/^session_context.user_person is larger than 64 kB/)
  })

  it('reads a file that starts with a UTF-8 byte order mark like one without', async () => {
    const text = exportBunqConf(await fullContext())
    const plain = await importBunqConf(text, NOW)
    const withBom = await importBunqConf(`\ufeff${text}`, NOW)
    expect(withBom).toEqual(plain)
  })
})
