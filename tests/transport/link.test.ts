import { describe, expect, it } from 'vitest'
import { buildTransportLink, looksSecret, parseTransportLink } from '../../src/transport/link'

const PAGE = 'https://workbench.example/app/'

describe('transport links', () => {
  it.each([
    ['?transport=practice', { kind: 'practice' }],
    [
      '?transport=direct&base=https://public-api.sandbox.bunq.com/v1/',
      { kind: 'direct', baseUrl: 'https://public-api.sandbox.bunq.com/v1' },
    ],
    [
      '?transport=direct&base=http%3A%2F%2F127.0.0.1%3A5055%2Fv1',
      { kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' },
    ],
    [
      '?transport=relay&relay=http://127.0.0.1:8787',
      { kind: 'relay', relayUrl: 'http://127.0.0.1:8787' },
    ],
  ])('reads %s', (search, config) => {
    const link = parseTransportLink(search)
    expect(link.config).toEqual(config)
    expect(link.problems).toEqual([])
    expect(link.removed).toEqual([])
  })

  it('round-trips every transport through build and parse, keeping the hash route', () => {
    for (const config of [
      { kind: 'practice' as const },
      { kind: 'direct' as const, baseUrl: 'https://api.bunq.com/v1' },
      { kind: 'relay' as const, relayUrl: 'http://127.0.0.1:8787' },
    ]) {
      const link = buildTransportLink(config, `${PAGE}?transport=practice&lang=en#/console`)
      const url = new URL(link)
      expect(url.hash).toBe('#/console')
      expect(url.searchParams.get('lang')).toBe('en')
      expect(url.searchParams.getAll('transport')).toEqual([config.kind])
      expect(parseTransportLink(url.search).config).toEqual(config)
    }
  })

  it('flags production so the guard still applies', () => {
    expect(parseTransportLink('?transport=direct&base=https://api.bunq.com/v1').production).toBe(
      true,
    )
    expect(parseTransportLink('?transport=relay&relay=http://127.0.0.1:8787').production).toBe(
      false,
    )
  })

  it('strips anything that looks like a secret and says so', () => {
    const search =
      '?transport=relay&relay=http://127.0.0.1:8787&api_key=x&lang=en' +
      '&x=sandbox_0123456789abcdef&token=short&t2=' +
      'a'.repeat(64)
    const link = parseTransportLink(search)
    expect(link.config).toEqual({ kind: 'relay', relayUrl: 'http://127.0.0.1:8787' })
    expect(link.removed).toEqual(['api_key', 'x', 'token', 't2'])
    expect(link.cleanSearch).toBe('?transport=relay&relay=http%3A%2F%2F127.0.0.1%3A8787&lang=en')
    expect(link.problems[0]).toContain('secrets never belong in a URL')
    expect(link.problems.join(' ')).not.toContain('sandbox_0123')
  })

  it('refuses base URLs that carry credentials or a query', () => {
    for (const base of [
      'https://u:p@api.bunq.com/v1',
      'https://api.bunq.com/v1?x=1',
      'javascript:alert(1)',
    ]) {
      const link = parseTransportLink(`?transport=direct&base=${encodeURIComponent(base)}`)
      expect(link.config).toBeNull()
      expect(link.problems.length).toBeGreaterThan(0)
    }
  })

  it('reports an unknown transport and ignores links without one', () => {
    expect(parseTransportLink('?transport=ftp').problems).toHaveLength(1)
    expect(parseTransportLink('?lang=en')).toMatchObject({ config: null, problems: [] })
  })

  it('does not take ordinary URLs for secrets', () => {
    expect(looksSecret('relay', 'https://relay.example/v1/forwarder/for/bunq')).toBe(false)
    expect(looksSecret('base', 'https://public-api.sandbox.bunq.com/v1')).toBe(false)
  })
})
