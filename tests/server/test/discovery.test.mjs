import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, get } from './helpers.mjs';

// Each test has its own server process, so they can run side by side.
describe('discovery', { concurrency: 4 }, () => {
  test('discovery: issuer is exactly http://127.0.0.1:<port>; iss, S256, revocation advertised', async (t) => {
    const server = await startServer(t);
    const { status, json } = await get(`${server.base}/.well-known/openid-configuration`);
    assert.equal(status, 200);
    assert.equal(json.issuer, `http://127.0.0.1:${server.port}`);
    assert.equal(json.authorization_response_iss_parameter_supported, true);
    assert.deepEqual(json.code_challenge_methods_supported, ['S256']);
    assert.equal(json.token_endpoint, `${server.issuer}/token`);
    assert.equal(json.revocation_endpoint, `${server.issuer}/token/revocation`);
    assert.equal(json.introspection_endpoint, `${server.issuer}/token/introspection`);
    for (const scope of ['openid', 'profile', 'email', 'offline_access', 'api']) {
      assert.ok(json.scopes_supported.includes(scope), scope);
    }
    for (const method of ['none', 'client_secret_post', 'client_secret_basic']) {
      assert.ok(json.token_endpoint_auth_methods_supported.includes(method), method);
    }
  });

  test('discovery: RFC 8414 path serves the same document', async (t) => {
    const server = await startServer(t);
    const oidc = await get(`${server.base}/.well-known/openid-configuration`);
    const rfc8414 = await get(`${server.base}/.well-known/oauth-authorization-server`);
    assert.equal(rfc8414.status, 200);
    assert.deepEqual(rfc8414.json, oidc.json);
  });
});
