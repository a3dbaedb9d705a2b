import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, obtainTokens, refresh, apiMe, clientPost, control, getLog, sleep,
} from './helpers.mjs';

// Each test has its own server process, so they can run side by side.
describe('refresh, revocation, restart', { concurrency: 4 }, () => {
  test('--rotate: refresh rotates; reusing the old refresh token revokes the whole grant', async (t) => {
    const server = await startServer(t, ['--rotate']);
    const { tokens } = await obtainTokens(t, server);

    const first = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(first.status, 200, first.text);
    assert.ok(first.json.refresh_token);
    assert.notEqual(first.json.refresh_token, tokens.refresh_token);
    assert.equal((await apiMe(server, first.json.access_token)).status, 200);

    const reuse = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(reuse.status, 400);
    assert.equal(reuse.json.error, 'invalid_grant');
    assert.match(server.stderr, /refresh token already used/);

    const newest = await refresh(server, 'public-client', first.json.refresh_token);
    assert.equal(newest.json.error, 'invalid_grant', 'the newest refresh token died with the grant');
    assert.equal((await apiMe(server, first.json.access_token)).status, 401, 'access tokens of the grant are revoked');
  });

  test('--refresh-expires-in: token responses say how long the refresh token lives', async (t) => {
    const server = await startServer(t, ['--refresh-expires-in', '--refresh-ttl', '600', '--rotate']);
    const { tokens } = await obtainTokens(t, server);
    assert.ok(tokens.refresh_expires_in === undefined);
    assert.ok(tokens.refresh_token_expires_in > 590 && tokens.refresh_token_expires_in <= 600,
      String(tokens.refresh_token_expires_in));
    const res = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(res.status, 200, res.text);
    assert.ok(res.json.refresh_token_expires_in > 0 && res.json.refresh_token_expires_in <= 600);

    const plain = await startServer(t);
    const { tokens: without } = await obtainTokens(t, plain);
    assert.equal(without.refresh_token_expires_in, undefined, 'only with the flag');
  });

  test('without --rotate the refresh token stays the same and keeps working', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server, { clientId: 'post-client' });
    for (let i = 0; i < 3; i += 1) {
      const res = await refresh(server, 'post-client', tokens.refresh_token);
      assert.equal(res.status, 200, res.text);
      assert.ok(res.json.refresh_token === undefined || res.json.refresh_token === tokens.refresh_token);
      assert.notEqual(res.json.access_token, tokens.access_token);
    }
    const log = await getLog(server);
    const refreshes = log.filter((e) => e.grant_type === 'refresh_token');
    assert.equal(refreshes.length, 3);
    assert.ok(refreshes.every((e) => e.client_auth === 'client_secret_post' && e.status === 200));
  });

  test('revocation (RFC 7009) of the refresh token: later refresh gives invalid_grant', async (t) => {
    const server = await startServer(t);
    for (const clientId of ['public-client', 'basic-client']) {
      const { tokens } = await obtainTokens(t, server, { clientId });
      const revoked = await clientPost(server, '/token/revocation', clientId, {
        token: tokens.refresh_token, token_type_hint: 'refresh_token',
      });
      assert.equal(revoked.status, 200, revoked.text);
      const res = await refresh(server, clientId, tokens.refresh_token);
      assert.equal(res.json.error, 'invalid_grant', clientId);
      assert.equal((await apiMe(server, tokens.access_token)).status, 401, 'grant revoked with its access tokens');
    }
    const log = (await getLog(server)).filter((e) => e.endpoint === 'revocation');
    assert.deepEqual(log.map((e) => [e.client_auth, e.status, e.param_names.join(',')]), [
      ['none', 200, 'client_id,token,token_type_hint'],
      ['client_secret_basic', 200, 'token,token_type_hint'],
    ]);
  });

  test('short --refresh-ttl: an expired refresh token gives invalid_grant', async (t) => {
    const server = await startServer(t, ['--refresh-ttl', '1']);
    const { tokens } = await obtainTokens(t, server);
    await sleep(2100);
    const res = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(res.json.error, 'invalid_grant');
  });

  test('restart keeps port and issuer, and old refresh tokens give invalid_grant', async (t) => {
    const server = await startServer(t);
    const { tokens } = await obtainTokens(t, server);
    const before = await getLog(server);

    const restart = await control(server, 'POST', '/_test/restart');
    assert.equal(restart.status, 200);
    assert.equal(restart.json.issuer, server.issuer);

    const discovery = await fetch(`${server.base}/.well-known/openid-configuration`).then((r) => r.json());
    assert.equal(discovery.issuer, server.issuer);
    const res = await refresh(server, 'public-client', tokens.refresh_token);
    assert.equal(res.status, 400);
    assert.equal(res.json.error, 'invalid_grant');
    assert.equal((await apiMe(server, tokens.access_token)).status, 401);

    const after = await getLog(server);
    assert.ok(after.length > before.length, 'the request log survives a restart');

    // A fresh sign-in works on the restarted provider.
    const again = await obtainTokens(t, server);
    assert.equal((await apiMe(server, again.tokens.access_token)).status, 200);
  });
});
