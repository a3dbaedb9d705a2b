import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, startApp, signIn, exchangeCode, apiMe, getLog, findLeaks, formEncode, CLIENTS, get,
} from './helpers.mjs';

const EXPECTED_AUTH = {
  'public-client': 'none',
  'post-client': 'client_secret_post',
  'basic-client': 'client_secret_basic',
};

// Each test has its own server process, so they can run side by side.
describe('authorization code flow', { concurrency: 4 }, () => {
  for (const [clientId, clientAuth] of Object.entries(EXPECTED_AUTH)) {
    test(`PKCE code flow through browser.sh for ${clientId} (${clientAuth})`, async (t) => {
      const server = await startServer(t);
      const flow = await signIn(t, server, { clientId, scope: 'openid profile email api' });
      const { callback } = flow;

      assert.equal(flow.app.hits.length, 1, 'the app redirect is requested exactly once');
      assert.equal(flow.app.hits[0].path, '/callback');
      assert.equal(callback.state, flow.state);
      assert.equal(callback.iss, server.issuer);
      assert.ok(callback.code);

      const res = await exchangeCode(server, clientId, flow);
      assert.equal(res.status, 200, res.text);
      const tokens = res.json;
      assert.equal(tokens.token_type, 'Bearer');
      assert.ok(tokens.access_token && tokens.refresh_token && tokens.id_token);
      assert.equal(tokens.expires_in, 300);
      assert.match(tokens.scope, /\bapi\b/);

      const me = await apiMe(server, tokens.access_token);
      assert.equal(me.status, 200, me.text);
      assert.deepEqual({ ...me.json, exp: undefined }, {
        sub: 'alice', scope: 'api', client_id: clientId, exp: undefined,
      });

      const userinfo = await get(`${server.base}/me`, { Authorization: `Bearer ${tokens.access_token}` });
      assert.equal(userinfo.status, 200, userinfo.text);
      assert.deepEqual(userinfo.json, {
        sub: 'alice', preferred_username: 'alice', email: 'alice@example.test', email_verified: true,
      });

      const log = await getLog(server);
      const exchange = log.filter((e) => e.endpoint === 'token');
      assert.equal(exchange.length, 1);
      assert.equal(exchange[0].grant_type, 'authorization_code');
      assert.equal(exchange[0].client_auth, clientAuth);
      assert.equal(exchange[0].status, 200);
      const expectedNames = ['code', 'code_verifier', 'grant_type', 'redirect_uri'];
      if (clientAuth !== 'client_secret_basic') expectedNames.push('client_id');
      if (clientAuth === 'client_secret_post') expectedNames.push('client_secret');
      assert.deepEqual(exchange[0].param_names, expectedNames.sort());

      const secrets = [callback.code, flow.verifier, flow.state, tokens.access_token, tokens.refresh_token,
        tokens.id_token, CLIENTS[clientId].client_secret, CLIENTS[clientId].client_secret && formEncode(CLIENTS[clientId].client_secret)];
      assert.deepEqual(findLeaks(JSON.stringify(log), secrets), [], 'request log holds no values');
      assert.deepEqual(findLeaks(server.stderr, secrets), [], 'server stderr holds no values');
    });
  }

  test('plain scope "api" without openid gives an API token', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server, { scope: 'api' });
    const res = await exchangeCode(server, 'public-client', flow);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.scope, 'api');
    assert.equal(res.json.id_token, undefined);
    assert.ok(res.json.refresh_token, 'refresh token without offline_access');
    assert.equal((await apiMe(server, res.json.access_token)).status, 200);
    const userinfo = await get(`${server.base}/me`, { Authorization: `Bearer ${res.json.access_token}` });
    assert.equal(userinfo.status, 403, 'no openid scope, no userinfo');
  });

  test('wrong code_verifier gives invalid_grant', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server);
    const res = await exchangeCode(server, 'public-client', { ...flow, verifier: 'x'.repeat(43) });
    assert.equal(res.status, 400);
    assert.equal(res.json.error, 'invalid_grant');
    assert.match(server.stderr, /grant\.error.*code_verifier/);
  });

  test('authorization code is single use', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server);
    assert.equal((await exchangeCode(server, 'public-client', flow)).status, 200);
    const second = await exchangeCode(server, 'public-client', flow);
    assert.equal(second.status, 400);
    assert.equal(second.json.error, 'invalid_grant');
  });

  test('token request must repeat the exact redirect_uri (port included)', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server);
    const res = await exchangeCode(server, 'public-client', { ...flow, redirectUri: 'http://127.0.0.1:1/callback' });
    assert.equal(res.json.error, 'invalid_grant');
  });

  test('basic-client: a secret sent without form-urlencoding is rejected', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server, { clientId: 'basic-client' });
    const { client_secret: secret } = CLIENTS['basic-client'];
    const res = await fetch(`${server.base}/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`basic-client:${secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: flow.callback.code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri,
      }),
    });
    assert.notEqual(res.status, 200);
    assert.ok(['invalid_client', 'invalid_request'].includes((await res.json()).error));
  });

  test('fixed-client: full flow through browser.sh to a localhost redirect URI', async (t) => {
    const app = await startApp(t);
    const fixed = `http://localhost:${app.port}/OauthRedirect`;
    const server = await startServer(t, ['--fixed-redirect', fixed]);
    const flow = await signIn(t, server, {
      clientId: 'fixed-client', scope: 'api', app, redirectUri: fixed,
    });
    assert.equal(app.hits[0].path, '/OauthRedirect');
    assert.equal(flow.callback.state, flow.state);
    const res = await exchangeCode(server, 'fixed-client', flow);
    assert.equal(res.status, 200, res.text);
  });

  test('fixed-client only accepts its exact --fixed-redirect URI', async (t) => {
    const fixed = 'http://localhost:1717/OauthRedirect';
    const server = await startServer(t, ['--fixed-redirect', fixed]);
    const base = { client_id: 'fixed-client', response_type: 'code', scope: 'api', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', state: 's' };
    const ok = await get(`${server.base}/auth?${new URLSearchParams({ ...base, redirect_uri: fixed })}`);
    assert.equal(ok.status, 303);
    assert.match(ok.headers.get('location'), /^\/interaction\//);
    const otherPort = await get(`${server.base}/auth?${new URLSearchParams({ ...base, redirect_uri: 'http://localhost:1718/OauthRedirect' })}`);
    assert.equal(otherPort.status, 400);
  });
});
