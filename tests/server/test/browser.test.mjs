import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  startServer, startApp, signIn, exchangeCode, runBrowser, getLog, apiMe, sleep,
} from './helpers.mjs';

async function tempLog(t) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callout-browser-'));
  t.after(() => fs.rm(dir, { recursive: true, force: true }));
  return path.join(dir, 'browser.log');
}

// Each test has its own server process, so they can run side by side.
describe('browser.sh variants', { concurrency: 4 }, () => {
  test('browser.sh deny: the app gets error=access_denied with the original state; a retry works', async (t) => {
    const server = await startServer(t);
    const app = await startApp(t);
    const denied = await signIn(t, server, { app, env: { CALLOUT_BROWSER_MODE: 'deny' } });
    assert.equal(denied.callback.error, 'access_denied');
    assert.equal(denied.callback.state, denied.state);
    assert.equal(denied.callback.iss, server.issuer);
    assert.equal(denied.callback.code, undefined);

    const retry = await signIn(t, server, { app });
    assert.ok(retry.callback.code);
    assert.equal((await exchangeCode(server, 'public-client', retry)).status, 200);
    assert.equal(app.hits.length, 2);
  });

  test('browser.sh forge-state: the app gets a different state', async (t) => {
    const server = await startServer(t);
    const flow = await signIn(t, server, { env: { CALLOUT_BROWSER_MODE: 'forge-state' } });
    assert.ok(flow.callback.code);
    assert.notEqual(flow.callback.state, flow.state);
    assert.equal(flow.callback.iss, server.issuer);
  });

  test('browser.sh drop-iss and forge-iss', async (t) => {
    const server = await startServer(t);
    const dropped = await signIn(t, server, { env: { CALLOUT_BROWSER_MODE: 'drop-iss' } });
    assert.ok(dropped.callback.code);
    assert.equal(dropped.callback.state, dropped.state);
    assert.equal('iss' in dropped.callback, false);

    const forged = await signIn(t, server, { env: { CALLOUT_BROWSER_MODE: 'forge-iss' } });
    assert.equal(forged.callback.iss, 'http://evil.example');
    assert.equal(forged.callback.state, forged.state);
  });

  test('browser.sh delay, none, CALLOUT_BROWSER_USER and a redacted step log', async (t) => {
    const server = await startServer(t);
    const logFile = await tempLog(t);

    const started = Date.now();
    const delayed = await signIn(t, server, {
      env: {
        CALLOUT_BROWSER_MODE: 'delay', CALLOUT_BROWSER_DELAY: '1', CALLOUT_BROWSER_USER: 'bob@example', CALLOUT_BROWSER_LOG: logFile,
      },
    });
    assert.ok(Date.now() - started >= 1000);
    const res = await exchangeCode(server, 'public-client', delayed);
    assert.equal((await apiMe(server, res.json.access_token)).json.sub, 'bob@example');

    const app = await startApp(t);
    const none = await signIn(t, server, { app, env: { CALLOUT_BROWSER_MODE: 'none', CALLOUT_BROWSER_LOG: logFile } });
    await sleep(100);
    assert.equal(none.callback, undefined);
    assert.equal(app.hits.length, 0);

    const text = await fs.readFile(logFile, 'utf8');
    assert.match(text, /callback\?code=…&state=…&iss=…/);
    assert.match(text, /mode none/);
    for (const secret of [delayed.callback.code, delayed.state, delayed.verifier, encodeURIComponent(server.issuer)]) {
      assert.ok(!text.includes(secret), 'no code/state/iss values in the browser log');
    }
    assert.ok(!(await getLog(server)).some((e) => e.endpoint === 'token' && e.status !== 200));
  });

  test('browser.sh works for post-client and basic-client and another loopback port', async (t) => {
    const server = await startServer(t);
    for (const clientId of ['post-client', 'basic-client']) {
      const flow = await signIn(t, server, { clientId });
      assert.ok(flow.callback.code, clientId);
    }
  });

  test('browser.sh fails with a message on stderr', async (t) => {
    const server = await startServer(t);
    const unknownClient = await runBrowser(`${server.base}/auth?client_id=nobody&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb`);
    assert.notEqual(unknownClient.code, 0);
    assert.match(unknownClient.stderr, /browser\.sh: .*HTTP 400/);

    const badMode = await runBrowser(`${server.base}/auth`, { CALLOUT_BROWSER_MODE: 'bogus' });
    assert.notEqual(badMode.code, 0);
    assert.match(badMode.stderr, /unknown CALLOUT_BROWSER_MODE/);

    // The app is gone (nobody listening on the redirect port): the final request fails.
    const url = new URL(`${server.base}/auth`);
    url.search = new URLSearchParams({
      client_id: 'public-client', response_type: 'code', scope: 'api', state: 's1', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', redirect_uri: 'http://127.0.0.1:1/callback',
    }).toString();
    const noApp = await runBrowser(url.href);
    assert.notEqual(noApp.code, 0);
    assert.match(noApp.stderr, /app redirect .*curl failed/);
  });
});
