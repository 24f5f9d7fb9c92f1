import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { startPracticeBankServer } from '../../scripts/practice-bank-server'
import { createMemoryStore } from '../../src/practice-bank'
import { catalogue } from '../../src/spec/catalogue'
import { faces, inPage } from './support/faces'
import { sampleBody } from './support/walk'

// The generic engine (docs/decisions/0021): stateful answers for operations without a hand-made
// handler, marked as generic; requests checked against bunq's spec.

const NOTES = (c: { userId: number; accountId: number }) =>
  `/user/${c.userId}/monetary-account/${c.accountId}/mastercard-action/1/note-attachment`

describe.each(faces(0))('generic engine (%s)', (_name, face) => {
  it('creates, reads, lists newest first with paging, merges and deletes; marks its answers', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const path = `/user/${c.userId}/certificate-pinned`
    const made: number[] = []
    for (const n of [1, 2, 3]) {
      const reply = await c.ok('POST', path, {
        body: { certificate_chain: [{ certificate: `pem ${n}` }] },
      })
      expect(reply.headers.get('X-Practice-Bank-Emulation')).toBe('generic')
      made.push(reply.json.Response[0].Id.id)
    }
    expect(made[1]).toBeGreaterThan(made[0])
    const page = await c.ok('GET', `${path}?count=2`)
    const ids = page.json.Response.map(
      (r: { CertificatePinned: { id: number } }) => r.CertificatePinned.id,
    )
    expect(ids).toEqual([made[2], made[1]])
    expect(page.json.Pagination.older_url).toBe(`/v1${path}?count=2&older_id=${made[1]}`)
    const older = await c.ok('GET', `${path}?count=2&older_id=${made[1]}`)
    expect(
      older.json.Response.map((r: { CertificatePinned: { id: number } }) => r.CertificatePinned.id),
    ).toEqual([made[0]])

    const note = await c.ok('POST', NOTES(c), {
      body: { description: 'first words', attachment_id: 1 },
    })
    const noteId = note.json.Response[0].Id.id
    const read = await c.ok('GET', `${NOTES(c)}/${noteId}`)
    const object = read.json.Response[0].NoteAttachmentMasterCardAction
    expect(object).toMatchObject({ id: noteId, description: 'first words' })
    expect(object.created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/)
    await c.ok('PUT', `${NOTES(c)}/${noteId}`, {
      body: { description: 'second words', attachment_id: 1 },
    })
    const merged = await c.ok('GET', `${NOTES(c)}/${noteId}`)
    expect(merged.json.Response[0].NoteAttachmentMasterCardAction.description).toBe('second words')
    await c.ok('DELETE', `${NOTES(c)}/${noteId}`)
    const gone = await c.call('GET', `${NOTES(c)}/${noteId}`)
    expect(gone.status).toBe(404)
    expect(gone.json.Error[0].error_description).toBe('NoteAttachmentMasterCardAction not found.')
    // Hand-made operations say so too.
    const accounts = await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)
    expect(accounts.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
  })

  it('keeps each user to their own objects', async () => {
    const f = await face()
    const a = await f.client().bootstrap()
    const b = await f.client().bootstrap()
    const made = await a.ok('POST', NOTES(a), { body: { description: 'mine', attachment_id: 1 } })
    const id = made.json.Response[0].Id.id
    // b cannot reach a's user or account paths at all, and sees nothing of a's under its own.
    expect((await b.call('GET', `${NOTES(a)}/${id}`)).status).toBe(404)
    expect(
      (
        await b.call('PUT', `${NOTES(a)}/${id}`, {
          body: { description: 'theirs', attachment_id: 1 },
        })
      ).status,
    ).toBe(404)
    expect((await b.ok('GET', NOTES(b))).json.Response).toEqual([])
    expect((await b.call('GET', `${NOTES(b)}/${id}`)).status).toBe(404)
    expect(
      (await a.ok('GET', `${NOTES(a)}/${id}`)).json.Response[0].NoteAttachmentMasterCardAction
        .description,
    ).toBe('mine')
  })

  it('refuses a body that breaks the spec with a 400 naming the field, generic and hand-made', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const generic = await c.call('POST', `/user/${c.userId}/certificate-pinned`, { body: {} })
    expect(generic.status).toBe(400)
    expect(generic.json.Error[0].error_description).toBe(
      'Invalid request: certificate_chain is required.',
    )
    const typed = await c.call('POST', NOTES(c), { body: { description: 5, attachment_id: 1 } })
    expect(typed.json.Error[0].error_description).toBe(
      'Invalid request: description should be a string, not the number 5.',
    )
    const handMade = await c.call(
      'POST',
      `/user/${c.userId}/monetary-account/${c.accountId}/payment`,
      {
        body: {
          amount: { value: '1.00', currency: 'EUR' },
          counterparty_alias: 'nobody',
          description: 'x',
        },
      },
    )
    expect(handMade.status).toBe(400)
    expect(handMade.json.Error[0].error_description).toMatch(
      /^Invalid request: counterparty_alias should be an object/,
    )
    expect(handMade.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
    // A route bunq's spec does not name is still an error, never a silent 200.
    expect((await c.call('GET', `/user/${c.userId}/no-such-thing`)).status).toBe(404)
  })
})

describe('create then read, for every collection with a POST and a GET', () => {
  it('reads back each object it created, in the list and by id', async () => {
    const f = await inPage()
    const c = await f.client().bootstrap()
    const reads = new Map(
      catalogue.operations.filter((o) => o.kind === 'read').map((o) => [o.path, o]),
    )
    const lists = new Map(
      catalogue.operations.filter((o) => o.kind === 'list').map((o) => [o.path, o]),
    )
    const fill = (p: string) =>
      p
        .replace('{userID}', String(c.userId))
        .replace('{monetary-accountID}', String(c.accountId))
        .replace(/\{[^}]+\}/g, '1')
    let checked = 0
    for (const create of catalogue.operations.filter((o) => o.kind === 'create')) {
      const read = reads.get(`${create.path}/{itemId}`)
      const list = lists.get(create.path)
      if (!read || !list || !/^\/user\/\{userID\}\//.test(create.path)) continue
      const reply = await c.call('POST', fill(create.path), {
        body: create.body === 'bytes' ? 'bytes' : sampleBody(create.request),
        headers:
          create.body === 'bytes'
            ? { 'Content-Type': 'text/plain', 'X-Bunq-Attachment-Description': 'x' }
            : {},
      })
      // Only the generic engine is under test here: hand-made creates have their own suites.
      if (reply.headers.get('X-Practice-Bank-Emulation') !== 'generic') continue
      expect(reply.status, create.id).toBe(200)
      const id = reply.json.Response[0].Id?.id ?? reply.json.Response[0].Uuid?.uuid
      const one = await c.ok('GET', `${fill(create.path)}/${id}`)
      const inner = Object.values(one.json.Response[0])[0] as { id?: number }
      if (typeof id === 'number' && 'id' in inner) expect(inner.id, read.id).toBe(id)
      const all = await c.ok('GET', fill(create.path))
      expect(all.json.Response.length, list.id).toBeGreaterThan(0)
      checked++
    }
    console.log(`create-then-read: ${checked} generic collections with a POST and a GET`)
    expect(checked).toBeGreaterThan(30)
  }, 120_000)
})

describe('bad input stores nothing', () => {
  it('answers 5,000 levels, 10 MB, __proto__ keys and TRACE with a 4xx and stores nothing', async () => {
    const store = createMemoryStore()
    const f = await inPage({}, store)
    const c = await f.client().bootstrap()
    const path = NOTES(c)
    const before = JSON.stringify(await store.load())
    const deep = '{"description":' + '['.repeat(5000) + ']'.repeat(5000) + '}'
    const huge = JSON.stringify({ description: 'x'.repeat(10 * 1024 * 1024), attachment_id: 1 })
    const cases = [
      await c.call('POST', path, { body: deep }),
      await c.call('POST', path, { body: huge }),
      await c.call('POST', path, {
        body: '{"__proto__":{"description":"sneaky"},"constructor":{"x":1}, "description": 7, "attachment_id": 1}',
      }),
    ]
    // TRACE cannot be put in a fetch Request: it goes to the same bank over HTTP.
    const running = await startPracticeBankServer({ port: 0, bank: f.bank })
    const trace = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${running.url}${path}`, { method: 'TRACE' }, (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      req.on('error', reject)
      req.end()
    })
    await running.close()
    cases.push({ status: trace.status, json: JSON.parse(trace.body) } as (typeof cases)[number])
    expect(cases.map((r) => r.status)).toEqual([400, 413, 400, 405])
    for (const r of cases) expect(r.json.Error[0].error_description).toEqual(expect.any(String))
    expect(JSON.stringify(await store.load())).toBe(before)
    // The proto key was dropped, not stored: a valid body next to it makes a plain object.
    const made = await c.ok('POST', path, {
      body: '{"__proto__":{"description":"sneaky"},"description":"plain","attachment_id":1}',
    })
    const read = await c.ok('GET', `${path}/${made.json.Response[0].Id.id}`)
    expect(read.json.Response[0].NoteAttachmentMasterCardAction.description).toBe('plain')
  }, 60_000)
})
