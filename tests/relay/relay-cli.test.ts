import { spawn, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { checkTarget, parseRelayArgs, RelayConfigError } from '../../scripts/relay.mjs'

const SCRIPT = 'scripts/relay.mjs'

describe('relay targets', () => {
  it.each([
    ['https://public-api.sandbox.bunq.com', 'https://public-api.sandbox.bunq.com'],
    ['https://api.bunq.com/', 'https://api.bunq.com'],
    ['http://127.0.0.1:5055/v1', 'http://127.0.0.1:5055'],
    ['http://127.8.9.10:5055', 'http://127.8.9.10:5055'],
    ['http://localhost:5055/v1/', 'http://localhost:5055'],
    ['https://[::1]:8443', 'https://[::1]:8443'],
  ])('accepts %s', (raw, origin) => {
    expect(checkTarget(raw)).toBe(origin)
  })

  it.each([
    'https://example.com',
    'http://public-api.sandbox.bunq.com', // bunq over plain http
    'https://public-api.sandbox.bunq.com.evil.example',
    'https://api.bunq.com:8443',
    'http://10.0.0.1:5055',
    'http://192.168.1.10',
    'http://128.0.0.1',
    'ftp://127.0.0.1',
    'https://user:pass@api.bunq.com',
    'https://api.bunq.com/other',
    'https://api.bunq.com/?x=1',
    'not a url',
  ])('refuses %s', (raw) => {
    expect(() => checkTarget(raw)).toThrow(RelayConfigError)
  })
})

describe('relay options', () => {
  it('reads repeated and comma-separated --allow-origin, --port and --host', () => {
    const options = parseRelayArgs([
      '--port',
      '5251',
      '--host=127.0.0.1',
      '--allow-origin',
      'http://localhost:5173,http://127.0.0.1:4173',
      '--allow-origin',
      'https://workbench.example',
    ])
    expect(options.port).toBe(5251)
    expect(options.target).toBe('https://public-api.sandbox.bunq.com')
    expect(options.allowOrigins).toEqual([
      'http://localhost:5173',
      'http://127.0.0.1:4173',
      'https://workbench.example',
    ])
  })

  it.each([['*'], ['http://localhost:5173/app'], ['null']])('refuses origin %s', (origin) => {
    expect(() => parseRelayArgs(['--allow-origin', origin])).toThrow(RelayConfigError)
  })

  it('refuses unknown flags and missing values', () => {
    expect(() => parseRelayArgs(['--open-proxy', 'yes'])).toThrow(RelayConfigError)
    expect(() => parseRelayArgs(['--port'])).toThrow(RelayConfigError)
  })
})

describe('relay command line', () => {
  it('refuses to start with a target outside its list, saying why', () => {
    const result = spawnSync('node', [SCRIPT, '--target', 'https://example.com'], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('not an open proxy')
  })

  it('prints exactly one line: relay listening on URL -> TARGET', async () => {
    // --port 0 picks a free port; the line names the one really listened on.
    const child = spawn('node', [SCRIPT, '--port', '0', '--target', 'http://127.0.0.1:5055/v1'])
    let stdout = ''
    child.stdout.setEncoding('utf8')
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk
        if (stdout.includes('\n')) resolve()
      })
      child.on('exit', () => reject(new Error(`relay exited early: ${stdout}`)))
    })
    // Give a second line a moment to appear if the script printed one.
    await new Promise((resolve) => setTimeout(resolve, 100))
    child.kill()
    expect(stdout).toMatch(
      /^relay listening on http:\/\/127\.0\.0\.1:\d+ -> http:\/\/127\.0\.0\.1:5055\n$/,
    )
    expect(stdout).not.toContain('127.0.0.1:0 ')
  })
})
