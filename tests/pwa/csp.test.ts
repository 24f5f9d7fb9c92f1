import { describe, expect, it } from 'vitest'
import { buildCsp, cspDirectives, parseConnectSrc } from '../../src/pwa/csp'
import { cspPlugin } from '../../src/pwa/csp-plugin'

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1)

describe('buildCsp', () => {
  const policy = buildCsp()

  it('allows scripts, styles and workers from the page origin only', () => {
    expect(directive(policy, 'default-src')).toEqual(["'self'"])
    expect(directive(policy, 'script-src')).toEqual(["'self'"])
    expect(directive(policy, 'style-src')).toEqual(["'self'"])
    expect(directive(policy, 'worker-src')).toEqual(["'self'"])
    expect(directive(policy, 'manifest-src')).toEqual(["'self'"])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https:\s|data:.*script/)
  })

  it('locks down objects, forms and <base>', () => {
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
    expect(directive(policy, 'form-action')).toEqual(["'none'"])
    expect(directive(policy, 'base-uri')).toEqual(["'self'"])
    expect(directive(policy, 'img-src')).toEqual(["'self'", 'data:'])
  })

  it('lets the transports reach bunq and loopback, and nothing else by default', () => {
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://public-api.sandbox.bunq.com',
      'https://api.bunq.com',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ])
  })

  it('adds extra connect-src origins once each', () => {
    const extra = ['https://relay.example.test', 'https://api.bunq.com']
    const connect = directive(buildCsp({ extraConnectSrc: extra }), 'connect-src') ?? []
    expect(connect).toContain('https://relay.example.test')
    expect(connect.filter((origin) => origin === 'https://api.bunq.com')).toHaveLength(1)
  })

  it('emits every directive exactly once', () => {
    const names = cspDirectives().map(([name]) => name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('parseConnectSrc', () => {
  it('reads origins separated by spaces or commas', () => {
    expect(parseConnectSrc(' https://relay.example.test, http://127.0.0.1:9000 ')).toEqual([
      'https://relay.example.test',
      'http://127.0.0.1:9000',
    ])
    expect(parseConnectSrc(undefined)).toEqual([])
    expect(parseConnectSrc('')).toEqual([])
  })

  it.each([
    "'unsafe-inline'",
    '*',
    'https://relay.example.test/path',
    'relay.example.test',
    'https:',
  ])('refuses %s, which is not a bare origin', (value) => {
    expect(() => parseConnectSrc(value)).toThrow(/CONNECT_SRC/)
  })
})

describe('cspPlugin', () => {
  type Handler = (html: string) => string
  const transform = (html: string) => {
    const hook = cspPlugin().transformIndexHtml as { handler: Handler }
    return hook.handler(html)
  }

  it('puts the policy right after <meta charset>, before any script or link', () => {
    const html = transform(
      '<html><head><meta charset="UTF-8" /><link rel="icon" href="./favicon.svg" /></head></html>',
    )
    const meta = html.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(html.indexOf('charset'))
    expect(meta).toBeLessThan(html.indexOf('<link'))
    expect(html).toContain(`content="${buildCsp()}"`)
  })

  it('refuses a page that already carries a policy, or has no charset to anchor on', () => {
    expect(() =>
      transform('<head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy"></head>'),
    ).toThrow(/already/)
    expect(() => transform('<head><title>x</title></head>')).toThrow(/charset/)
  })

  it('runs only for builds (the dev server needs inline styles for hot reload)', () => {
    expect(cspPlugin().apply).toBe('build')
  })
})
