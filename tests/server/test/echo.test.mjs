import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import {
  startServer, obtainTokens, getLog, addFault,
} from './helpers.mjs';

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
// README: byte i of /api/bytes is (i * 31 + 7) & 255.
const pattern = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255));

async function call(server, token, route, { method = 'GET', headers = {}, body } = {}) {
  const res = await fetch(`${server.base}${route}`, {
    method, body, redirect: 'manual', headers: token ? { Authorization: `Bearer ${token}`, ...headers } : headers,
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('protected echo API', { concurrency: 4 }, () => {
  test('/api/echo: method, path, raw query, headers (no token value), body length and SHA-256', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'api' });
    const body = Buffer.from([0, 1, 2, 255, 13, 10, 0x80]);
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const withBody = method !== 'GET';
      const res = await call(server, tokens.access_token, '/api/echo?a=1&b=%2F+x', {
        method, headers: { 'X-Custom': 'v 1', Cookie: 'c=secret-cookie' }, body: withBody ? body : undefined,
      });
      assert.equal(res.status, 200, res.bytes.toString());
      const echo = JSON.parse(res.bytes.toString());
      assert.equal(echo.method, method);
      assert.equal(echo.path, '/api/echo');
      assert.equal(echo.query, 'a=1&b=%2F+x');
      assert.equal(echo.headers['x-custom'], 'v 1');
      assert.equal(echo.headers.authorization, 'bearer-valid');
      assert.equal(echo.headers.cookie, 'present');
      assert.equal(echo.body_length, withBody ? body.length : 0);
      assert.equal(echo.body_sha256, sha256(withBody ? body : Buffer.alloc(0)));
      assert.ok(!res.bytes.toString().includes(tokens.access_token));
      assert.ok(!res.bytes.toString().includes('secret-cookie'));
    }
    const log = (await getLog(server)).filter((e) => e.endpoint === 'api');
    assert.deepEqual(log.map((e) => [e.method, e.status, e.body_length]),
      [['GET', 200, 0], ['POST', 200, 7], ['PUT', 200, 7], ['PATCH', 200, 7], ['DELETE', 200, 7]]);
  });

  test('/api/echo, /api/echo-body, /api/bytes: 401 without a valid token; body still counted', async (t) => {
    const server = await startServer(t);
    for (const route of ['/api/echo', '/api/echo-body', '/api/bytes?n=1']) {
      const res = await call(server, 'nonsense', route, { method: 'POST', body: 'abc' });
      assert.equal(res.status, 401, route);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
    }
    const log = (await getLog(server)).filter((e) => e.endpoint === 'api');
    assert.deepEqual(log.map((e) => [e.status, e.authorization, e.body_length]), Array(3).fill([401, 'bearer', 3]));
  });

  test('/api/echo-body: the body back with its content type, large and binary; form bodies too', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'api' });
    const big = crypto.randomBytes(5 * 1024 * 1024 + 3);
    const res = await call(server, tokens.access_token, '/api/echo-body', {
      method: 'PUT', headers: { 'Content-Type': 'application/x-test' }, body: big,
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/x-test');
    assert.equal(sha256(res.bytes), sha256(big));
    const form = await call(server, tokens.access_token, '/api/echo-body', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b&c=d',
    });
    assert.equal(form.bytes.toString(), 'a=b&c=d');
    const log = (await getLog(server)).filter((e) => e.endpoint === 'api');
    assert.deepEqual(log.map((e) => e.body_length), [big.length, 7]);
  });

  test('/api/bytes: n deterministic bytes, X-Sha256, Content-Length; bad n is 400', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'api' });
    for (const n of [0, 1, 256, 70000]) {
      const res = await call(server, tokens.access_token, `/api/bytes?n=${n}`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.bytes, pattern(n));
      assert.equal(res.headers.get('x-sha256'), sha256(pattern(n)));
      assert.equal(res.headers.get('content-length'), String(n));
    }
    for (const n of ['', '-1', '1.5', 'x']) {
      assert.equal((await call(server, tokens.access_token, `/api/bytes?n=${n}`)).status, 400, n);
    }
  });

  test('an injected API fault is answered without processing; the body is still counted', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'api' });
    await addFault(server, { endpoint: 'api', mode: 'status', status: 401 });
    const refused = await call(server, tokens.access_token, '/api/echo', { method: 'POST', body: 'hello' });
    assert.equal(refused.status, 401);
    const ok = await call(server, tokens.access_token, '/api/echo', { method: 'POST', body: 'hello' });
    assert.equal(ok.status, 200);
    const log = (await getLog(server)).filter((e) => e.endpoint === 'api');
    assert.deepEqual(log.map((e) => [e.status, e.fault, e.body_length]), [[401, 'status', 5], [200, null, 5]]);
  });
});
