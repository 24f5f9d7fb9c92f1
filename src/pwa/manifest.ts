import type { ManifestOptions } from 'vite-plugin-pwa'

/** Brand colours shared by the manifest, the icons and `<meta name="theme-color">`. */
export const THEME_COLOR = '#1a7f5a'
export const BACKGROUND_COLOR = '#ffffff'

/**
 * The web app manifest. start_url and scope are relative ('.'), resolved against the manifest's
 * own URL, so one manifest serves the site root and any BASE_PATH sub-path alike.
 */
export const manifest: Partial<ManifestOptions> = {
  name: 'bunq workbench',
  short_name: 'workbench',
  description:
    'Learn and use the bunq API in your browser: keys, signing and a practice bank, all in the page.',
  lang: 'en',
  start_url: '.',
  scope: '.',
  id: '.',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  icons: [
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
