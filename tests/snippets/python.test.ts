import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { pythonSnippet } from '../../src/snippets/python'
import type { SnippetRequest } from '../../src/snippets/request'

const run = promisify(execFile)
const API_KEY = 'sandbox_fakefakefakefake0000'

/**
 * A stand-in for bunq's Python SDK with the same names and call shapes as
 * bunq/sdk_python (ApiContext.restore, ensure_session_active, BunqContext.load_api_context,
 * ApiClient.post(uri, bytes, headers) / get(uri, params, headers) / delete(uri, headers)); it
 * records every call instead of reaching bunq.
 */
const STUB: Record<string, string> = {
  'bunq/__init__.py': '',
  'bunq/sdk/__init__.py': '',
  'bunq/sdk/context/__init__.py': '',
  'bunq/sdk/http/__init__.py': '',
  'bunq/record.py': `import json, os
def record(*call):
    with open(os.environ['RECORD'], 'a') as f:
        f.write(json.dumps([c.hex() if isinstance(c, bytes) else c for c in call]) + '\\n')
`,
  'bunq/sdk/context/api_context.py': `from bunq.record import record
class ApiContext:
    @classmethod
    def restore(cls, path):
        record('restore', path)
        return cls()
    def ensure_session_active(self):
        record('ensure_session_active')
        return False
`,
  'bunq/sdk/context/bunq_context.py': `from bunq.record import record
class BunqContext:
    @classmethod
    def load_api_context(cls, api_context):
        record('load_api_context')
`,
  'bunq/sdk/http/api_client.py': `from bunq.record import record
class Raw:
    body_bytes = b'{"Response":[]}'
class ApiClient:
    def __init__(self, api_context):
        pass
    def post(self, uri_relative, request_bytes, custom_headers):
        record('post', uri_relative, request_bytes, custom_headers)
        return Raw()
    def put(self, uri_relative, request_bytes, custom_headers):
        record('put', uri_relative, request_bytes, custom_headers)
        return Raw()
    def get(self, uri_relative, params, custom_headers):
        record('get', uri_relative, params, custom_headers)
        return Raw()
    def delete(self, uri_relative, custom_headers):
        record('delete', uri_relative, custom_headers)
        return Raw()
`,
}

function request(method: string, path: string, body: string): SnippetRequest {
  return {
    method,
    url: `https://public-api.sandbox.bunq.com/v1/${path}`,
    headers: { 'Cache-Control': 'no-cache', 'X-Bunq-Client-Authentication': 'fake-token' },
    body,
    signature: body ? 'ZmFrZQ==' : null,
  }
}

async function runPython(source: string): Promise<unknown[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-py-'))
  for (const [path, text] of Object.entries(STUB)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  writeFileSync(join(dir, 'snippet.py'), source, 'utf8')
  const record = join(dir, 'calls.jsonl')
  writeFileSync(record, '')
  await run('python3', ['snippet.py'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', RECORD: record, BUNQ_API_KEY: API_KEY },
  })
  return readFileSync(record, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown[])
}

describe('Python snippets, run against a recording SDK stand-in', () => {
  it('restores bunq.conf and posts the exact body bytes, API key from the environment', async () => {
    const body = `{"secret":"${API_KEY}",  "description":"Zoë's \\"phone\\""}\n`
    const source = pythonSnippet(request('POST', 'session-server', body))
    expect(source).not.toContain(API_KEY)
    const calls = await runPython(source)
    expect(calls.map((call) => call[0])).toEqual([
      'restore',
      'ensure_session_active',
      'load_api_context',
      'post',
    ])
    expect(calls[0][1]).toBe('bunq.conf')
    expect(calls[3][1]).toBe('session-server')
    expect(Buffer.from(calls[3][2] as string, 'hex').toString('utf8')).toBe(body)
  })

  it('uses put, get with query params, and delete as the SDK names them', async () => {
    const put = await runPython(
      pythonSnippet(request('PUT', 'user/1/request-response/7', '{"status":"ACCEPTED"}')),
    )
    expect(put.at(-1)!.slice(0, 2)).toEqual(['put', 'user/1/request-response/7'])
    const get = await runPython(
      pythonSnippet(request('GET', 'user/1/payment?count=10&older_id=5', '')),
    )
    expect(get.at(-1)).toEqual(['get', 'user/1/payment', { count: '10', older_id: '5' }, {}])
    const del = await runPython(pythonSnippet(request('DELETE', 'session/0', '')))
    expect(del.at(-1)).toEqual(['delete', 'session/0', {}])
  })

  it('inlines the API key only with reveal', () => {
    const body = `{"secret":"${API_KEY}"}`
    expect(pythonSnippet(request('POST', 'device-server', body), { reveal: true })).toContain(
      API_KEY,
    )
  })
})
