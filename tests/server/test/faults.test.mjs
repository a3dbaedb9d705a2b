import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, obtainTokens, refresh, addFault, control, get, getLog, apiMe, signIn, runBrowser,
} from './helpers.mjs';

// Most fault tests: sign in once, inject, refresh, then check the refresh token still works
// (a fault answered before the provider ran must not consume anything).
async function setup(t, args = []) {
  const server = await startServer(t, args);
  const { tokens } = await obtainTokens(t, server);
  return { server, rt: tokens.refresh_token, at: tokens.access_token };
}

async function assertRefreshStillWorks(server, rt) {
  const res = await refresh(server, 'public-client', rt);
  assert.equal(res.status, 200, `refresh token survived the fault: ${res.text}`);
}

// Each test has its own server process, so they can run side by side.
describe('fault injection', { concurrency: 4 }, () => {
  for (const status of [500, 503]) {
    test(`fault status ${status} on token`, async (t) => {
      const { server, rt } = await setup(t);
      await addFault(server, { endpoint: 'token', mode: 'status', status });
      const res = await refresh(server, 'public-client', rt);
      assert.equal(res.status, status);
      assert.equal(res.json.error, 'server_error');
      await assertRefreshStillWorks(server, rt);
      const log = (await getLog(server)).filter((e) => e.grant_type === 'refresh_token');
      assert.deepEqual(log.map((e) => [e.status, e.fault]), [[status, 'status'], [200, null]]);
    });
  }

  test('fault delay-before on token', async (t) => {
    const { server, rt } = await setup(t);
    await addFault(server, { endpoint: 'token', mode: 'delay-before', ms: 700 });
    const started = Date.now();
    const res = await refresh(server, 'public-client', rt);
    assert.equal(res.status, 200);
    assert.ok(Date.now() - started >= 650, 'answer was delayed');
  });

  test('fault delay-after + drop: lost response after rotation, retry with the old RT gives invalid_grant', async (t) => {
    const { server, rt } = await setup(t, ['--rotate']);
    await addFault(server, { endpoint: 'token', mode: 'delay-after', ms: 100, drop: true });
    await assert.rejects(refresh(server, 'public-client', rt), /fetch failed/);
    const retry = await refresh(server, 'public-client', rt);
    assert.equal(retry.json.error, 'invalid_grant', 'the provider had rotated before the answer was lost');
    const log = (await getLog(server)).filter((e) => e.grant_type === 'refresh_token');
    assert.deepEqual(log.map((e) => [e.status, e.fault, e.error]), [
      [null, 'delay-after', 'connection dropped'],
      [400, null, 'invalid_grant'],
    ]);
  });

  test('fault delay-after: client times out while the server has already rotated', async (t) => {
    const { server, rt } = await setup(t, ['--rotate']);
    await addFault(server, { endpoint: 'token', mode: 'delay-after', ms: 1500 });
    await assert.rejects(refresh(server, 'public-client', rt, { signal: AbortSignal.timeout(400) }), /abort|timeout/i);
    const retry = await refresh(server, 'public-client', rt);
    assert.equal(retry.json.error, 'invalid_grant');
  });

  test('fault drop on token: nothing processed, the refresh token still works', async (t) => {
    const { server, rt } = await setup(t, ['--rotate']);
    await addFault(server, { endpoint: 'token', mode: 'drop' });
    await assert.rejects(refresh(server, 'public-client', rt), /fetch failed/);
    await assertRefreshStillWorks(server, rt);
  });

  for (const [error, status] of [['invalid_grant', undefined], ['temporarily_unavailable', 503], ['invalid_client', 401]]) {
    test(`fault oauth-error ${error}`, async (t) => {
      const { server, rt } = await setup(t);
      await addFault(server, {
        endpoint: 'token', mode: 'oauth-error', error, status,
      });
      const res = await refresh(server, 'public-client', rt);
      assert.equal(res.status, status ?? 400);
      assert.equal(res.json.error, error);
      await assertRefreshStillWorks(server, rt);
    });
  }

  for (const value of [0, null]) {
    test(`fault expires-in ${value === null ? 'missing' : value}`, async (t) => {
      const { server, rt } = await setup(t);
      await addFault(server, { endpoint: 'token', mode: 'expires-in', value });
      const res = await refresh(server, 'public-client', rt);
      assert.equal(res.status, 200);
      assert.ok(res.json.access_token);
      if (value === null) assert.equal('expires_in' in res.json, false);
      else assert.equal(res.json.expires_in, 0);
      assert.equal((await apiMe(server, res.json.access_token)).status, 200, 'the token itself is real');
    });
  }

  test('fault non-json on token', async (t) => {
    const { server, rt } = await setup(t);
    await addFault(server, { endpoint: 'token', mode: 'non-json' });
    const res = await refresh(server, 'public-client', rt);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/plain/);
    assert.equal(res.json, undefined);
    await assertRefreshStillWorks(server, rt);
  });

  test('fault error-200 on token', async (t) => {
    const { server, rt } = await setup(t);
    await addFault(server, { endpoint: 'token', mode: 'error-200' });
    const res = await refresh(server, 'public-client', rt);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.json.error, 'invalid_grant');
    assert.equal(res.json.access_token, undefined);
  });

  test('fault wrong-issuer on discovery, once', async (t) => {
    const server = await startServer(t);
    await addFault(server, { endpoint: 'discovery', mode: 'wrong-issuer' });
    const bad = await get(`${server.base}/.well-known/openid-configuration`);
    assert.equal(bad.status, 200);
    assert.notEqual(bad.json.issuer, server.issuer);
    assert.equal(bad.json.token_endpoint, `${server.issuer}/token`);
    const good = await get(`${server.base}/.well-known/openid-configuration`);
    assert.equal(good.json.issuer, server.issuer);
  });

  test('faults: count, grant_type filter, listing, clearing and validation', async (t) => {
    const { server, rt } = await setup(t);
    await addFault(server, {
      endpoint: 'token', mode: 'status', status: 503, count: 2, grant_type: 'refresh_token',
    });
    await addFault(server, { endpoint: 'api', mode: 'status', status: 502 });
    const listed = await control(server, 'GET', '/_test/faults');
    assert.equal(listed.json.length, 2);

    assert.equal((await refresh(server, 'public-client', rt)).status, 503);
    assert.equal((await refresh(server, 'public-client', rt)).status, 503);
    assert.equal((await refresh(server, 'public-client', rt)).status, 200, 'count exhausted');
    assert.equal((await get(`${server.base}/api/me`)).status, 502);

    await addFault(server, { endpoint: 'token', mode: 'drop', count: 5 });
    assert.equal((await control(server, 'DELETE', '/_test/faults')).status, 200);
    assert.deepEqual((await control(server, 'GET', '/_test/faults')).json, []);
    await assertRefreshStillWorks(server, rt);

    for (const bad of [{ endpoint: 'nope', mode: 'drop' }, { endpoint: 'token', mode: 'nope' },
      { endpoint: 'token', mode: 'oauth-error' }, { endpoint: 'token', mode: 'expires-in' }, { endpoint: 'token', mode: 'drop', count: 0 }]) {
      assert.equal((await control(server, 'POST', '/_test/faults', bad)).status, 400, JSON.stringify(bad));
    }
  });

  test('fault oauth-error on authorization goes back to the app with the state', async (t) => {
    const server = await startServer(t);
    await addFault(server, { endpoint: 'authorization', mode: 'oauth-error', error: 'temporarily_unavailable' });
    const flow = await signIn(t, server);
    assert.equal(flow.callback.error, 'temporarily_unavailable');
    assert.equal(flow.callback.state, flow.state);
    assert.equal(flow.callback.iss, server.issuer);
    assert.equal(flow.callback.code, undefined);
  });

  test('fault status on authorization: browser.sh fails with a message', async (t) => {
    const server = await startServer(t);
    await addFault(server, { endpoint: 'authorization', mode: 'status', status: 500 });
    const res = await runBrowser(`${server.base}/auth?client_id=public-client`);
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /HTTP 500/);
  });
});
