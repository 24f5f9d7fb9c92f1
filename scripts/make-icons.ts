// Renders the PWA's PNG icons from public/favicon.svg with Chromium (playwright-core), so the
// bitmaps always match the vector. Run after changing the SVG, then commit the PNGs:
//   npx tsx scripts/make-icons.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const publicDir = new URL('../public/', import.meta.url)
const svg = readFileSync(new URL('favicon.svg', publicDir), 'utf8')

/**
 * The maskable variant: a full-bleed square (the platform cuts its own shape) with the glyph
 * scaled to 80 % so it stays inside the 40 %-radius safe zone of the maskable icon spec.
 */
function maskable(source: string): string {
  const glyph = source.match(/<path[^>]*\/>/)?.[0]
  const fill = source.match(/<rect[^>]*fill="([^"]+)"/)?.[1]
  if (!glyph || !fill) throw new Error('favicon.svg: expected one <rect fill> and one <path>')
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" fill="${fill}"/>` +
    `<g transform="translate(32 32) scale(0.8) translate(-32 -32)">${glyph}</g></svg>`
  )
}

const icons = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: maskable(svg) },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  for (const { file, size, source } of icons) {
    await page.setViewportSize({ width: size, height: size })
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`
    await page.setContent(
      `<body style="margin:0"><img src="${src}" width="${size}" height="${size}"></body>`,
    )
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    })
    writeFileSync(new URL(file, publicDir), png)
    console.log(`public/${file}: ${size}x${size}, ${png.length} bytes`)
  }
} finally {
  await browser.close()
}
