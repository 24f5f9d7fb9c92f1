// The vault's promise, checked on the bytes (docs/security.md, "profile copy"): onboard with a
// passphrase vault on the in-page practice bank in a Chromium with its own profile, close it, and
// search every file of the profile (LevelDB tables and logs decompressed, Blink-compressed
// IndexedDB values too) for the API key and both tokens in every spelling: 0 hits.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config'
import { createSandboxPerson, createVault, runAllSteps } from './newcomer-helpers'
import { searchable } from './support/leveldb-values'

const port = Number(process.env.E2E_PORT ?? 4190)

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (entry.isFile()) yield path
  }
}

/** Each secret as text, UTF-16 (V8 two-byte strings), base64 and hex, and its raw bytes. */
function spellings(secret: string): { label: string; bytes: Buffer }[] {
  const out = [
    { label: 'utf-8', bytes: Buffer.from(secret, 'utf8') },
    { label: 'utf-16', bytes: Buffer.from(secret, 'utf16le') },
    { label: 'base64', bytes: Buffer.from(Buffer.from(secret).toString('base64')) },
    { label: 'hex', bytes: Buffer.from(Buffer.from(secret).toString('hex')) },
  ]
  const hex = /[0-9a-f]{64}$/.exec(secret)?.[0]
  if (hex) {
    const raw = Buffer.from(hex, 'hex')
    out.push(
      { label: 'raw bytes', bytes: raw },
      { label: 'base64 of the bytes', bytes: Buffer.from(raw.toString('base64')) },
      { label: 'hex part', bytes: Buffer.from(hex) },
    )
  }
  return out
}

test('a copy of the browser profile holds no API key or token', async () => {
  test.setTimeout(240_000)
  const profile = await mkdtemp(join(tmpdir(), 'workbench-profile-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      baseURL: `http://127.0.0.1:${port}`,
      acceptDownloads: true,
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await createVault(page)
    await createSandboxPerson(page)
    await runAllSteps(page)
    // The secrets as the user could save them: the bunq.conf export, read once and never stored.
    await page.goto('/#/start')
    await page.getByRole('button', { name: 'Export bunq.conf…' }).click()
    const dialog = page.getByRole('dialog', { name: 'This file holds secrets in plain text' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ])
    const conf = JSON.parse(await readFile((await download.path()) as string, 'utf8'))
    await download.delete()
    await context.close()

    const secrets = {
      'API key': conf.api_key as string,
      'installation token': conf.installation_context.token as string,
      'session token': conf.session_context.token as string,
    }
    expect(secrets['API key']).toMatch(/^sandbox_[0-9a-f]{64}$/)
    expect(secrets['installation token']).toMatch(/^[0-9a-f]{64}$/)
    expect(secrets['session token']).toMatch(/^[0-9a-f]{64}$/)

    const hits: string[] = []
    let searched = 0
    let leveldb = 0
    // A positive control: the practice bank's saved record is stored in clear (it holds no
    // secret), so its resident user's address must be found in the decompressed LevelDB values.
    const control = Buffer.from('bravo@bunq.com')
    let controlFound = false
    for await (const path of files(profile)) {
      if ((await stat(path)).size > 64 * 1024 * 1024) continue
      const name = relative(profile, path)
      const parts = searchable(name, await readFile(path))
      searched++
      if (/\.(ldb|log)$/.test(name)) leveldb++
      if (/\.(ldb|log)$/.test(name) && parts.some((p) => Buffer.from(p).includes(control)))
        controlFound = true
      for (const [label, secret] of Object.entries(secrets)) {
        for (const form of spellings(secret)) {
          if (parts.some((part) => Buffer.from(part).includes(form.bytes)))
            hits.push(`${label} (${form.label}) in ${name}`)
        }
      }
    }
    expect(searched).toBeGreaterThan(20)
    expect(leveldb).toBeGreaterThan(0) // IndexedDB's own files were read, not only skipped
    expect(controlFound).toBe(true)
    expect(hits).toEqual([])
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
})
