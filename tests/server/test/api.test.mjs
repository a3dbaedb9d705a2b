import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, obtainTokens, apiMe, get, getLog, sleep, refresh, clientPost,
} from './helpers.mjs';

// Each test has its own server process, so they can run side by side.
describe('protected API', { concurrency: 4 }, () => {
  test('/api/me: 200 with a token (query string allowed), 401 + WWW-Authenticate without or with a bad one', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'api' });

    const ok = await get(`${server.base}/api/me?x=1&y=2`, { Authorization: `Bearer ${tokens.access_token}` });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.sub, 'alice');
    assert.equal(ok.json.scope, 'api');
    assert.equal(ok.json.client_id, 'public-client');

    for (const headers of [{}, { Authorization: 'Bearer nonsense' }, { Authorization: `Basic ${tokens.access_token}` }]) {
      const res = await get(`${server.base}/api/me`, headers);
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
      assert.equal(res.json.error, 'invalid_token');
    }
    // A refresh token is not an access token.
    assert.equal((await apiMe(server, tokens.refresh_token)).status, 401);
  });

  test('/api/me: 401 after the access token expires (--access-ttl 2)', async (t) => {
    const server = await startServer(t, ['--access-ttl', '2']);
    const { tokens } = await obtainTokens(t, server);
    assert.equal(tokens.expires_in, 2);
    assert.equal((await apiMe(server, tokens.access_token)).status, 200);
    await sleep(2100);
    const expired = await apiMe(server, tokens.access_token);
    assert.equal(expired.status, 401);
    assert.match(expired.headers.get('www-authenticate'), /^Bearer error="invalid_token"/);
    // The refresh token still works and gives a fresh access token.
    const renewed = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(renewed.status, 200, renewed.text);
    assert.equal((await apiMe(server, renewed.json.access_token)).status, 200);
  });

  test('/api/redirect: 302 to another origin; /api/echo-headers reports header names only', async (t) => {
    const server = await startServer(t);
    const res = await get(`${server.base}/api/redirect?a=b`);
    assert.equal(res.status, 302);
    const location = new URL(res.headers.get('location'));
    assert.notEqual(location.origin, server.base, 'another origin');
    assert.equal(location.origin, `http://localhost:${server.port}`);
    assert.equal(location.pathname, '/api/echo-headers');

    const echo = await get(`${server.base}/api/echo-headers?q=1`, { Authorization: 'Bearer secret-value-123', 'X-Custom': 'v' });
    assert.equal(echo.status, 200);
    assert.equal(echo.json.authorization, true);
    assert.ok(echo.json.header_names.includes('x-custom'));
    assert.ok(!echo.text.includes('secret-value-123'));
    const without = await get(`${server.base}/api/echo-headers`);
    assert.equal(without.json.authorization, false);

    const log = (await getLog(server)).filter((e) => e.endpoint === 'api');
    assert.deepEqual(log.map((e) => [e.path, e.status, e.authorization]), [
      ['/api/redirect', 302, 'none'],
      ['/api/echo-headers', 200, 'bearer'],
      ['/api/echo-headers', 200, 'none'],
    ]);
    assert.ok(!JSON.stringify(log).includes('secret-value-123'));
  });

  test('userinfo: answers for the API token of an openid grant, logged', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { scope: 'openid profile api' });
    const res = await get(`${server.base}/me`, { Authorization: `Bearer ${tokens.access_token}` });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { sub: 'alice', preferred_username: 'alice' });
    const log = (await getLog(server)).filter((e) => e.endpoint === 'userinfo');
    assert.equal(log.length, 1);
    assert.equal(log[0].status, 200);
  });

  test('introspection: active for a confidential client, logged with client_auth', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { clientId: 'basic-client' });
    const res = await clientPost(server, '/token/introspection', 'basic-client', { token: tokens.access_token });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.active, true);
    assert.equal(res.json.scope, 'api');
    assert.equal(res.json.aud, `${server.issuer}/api`);
    const log = (await getLog(server)).filter((e) => e.endpoint === 'introspection');
    assert.deepEqual(log.map((e) => [e.client_auth, e.status, e.param_names]), [['client_secret_basic', 200, ['token']]]);
  });
});
