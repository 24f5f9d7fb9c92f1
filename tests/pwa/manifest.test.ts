import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifest, THEME_COLOR } from '../../src/pwa/manifest'

const publicFile = (name: string) => new URL(`../../public/${name}`, import.meta.url)

/** Width and height from a PNG's IHDR chunk (bytes 16-23). */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

describe('web app manifest', () => {
  it('names the app and installs standalone with relative start_url and scope', () => {
    expect(manifest.name).toBe('bunq workbench')
    expect(manifest.short_name?.length).toBeLessThanOrEqual(12)
    expect(manifest.display).toBe('standalone')
    // Relative, so a BASE_PATH sub-path needs no other change.
    expect(manifest.start_url).toBe('.')
    expect(manifest.scope).toBe('.')
    expect(manifest.theme_color).toBe(THEME_COLOR)
  })

  it('lists an SVG, 192 and 512 PNGs and a maskable 512, all present in public/', () => {
    const icons = manifest.icons ?? []
    for (const icon of icons) {
      expect(icon.src).not.toMatch(/^\/|:\/\//) // relative to the manifest, never absolute
      expect(existsSync(publicFile(icon.src))).toBe(true)
      if (icon.type === 'image/png')
        expect(pngSize(readFileSync(publicFile(icon.src)))).toBe(icon.sizes)
    }
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      'any any',
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])
  })

  it('the favicon SVG fetches nothing from elsewhere', () => {
    const svg = readFileSync(publicFile('favicon.svg'), 'utf8')
    expect(svg).not.toMatch(/href=|url\(|@import|<script/i)
  })
})
