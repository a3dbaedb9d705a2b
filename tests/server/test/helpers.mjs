// Shared helpers for the self-tests of the loopback OAuth test server.
// Every test starts its own server process on an ephemeral port (startServer) and, when it needs
// a sign-in, its own loopback "app" listener (startApp) plus the scripted browser (browser.sh).

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BROWSER = path.join(SERVER_DIR, 'browser.sh');
export const CLIENTS = JSON.parse(readFileSync(path.join(SERVER_DIR, 'clients.json'), 'utf8')).clients;
export { sleep };

// --- server process -----------------------------------------------------------------------------

async function waitForPortFile(file, proc, output) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${output()}`);
    try {
      const text = await fs.readFile(file, 'utf8');
      if (/^\d+\n$/.test(text)) return Number(text);
    } catch { /* not written yet */ }
    await sleep(20);
  }
  throw new Error(`server did not write its port file in time:\n${output()}`);
}

// Starts `node server.mjs --port-file <tmp> ...args`; stopped (SIGTERM) when the test ends.
export async function startServer(t, args = []) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callout-test-server-'));
  const portFile = path.join(dir, 'port');
  const proc = spawn(process.execPath, [path.join(SERVER_DIR, 'server.mjs'), '--port-file', portFile, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => { proc.once('exit', (code, signal) => resolve({ code, signal })); });

  const port = await waitForPortFile(portFile, proc, () => stderr);
  const base = `http://127.0.0.1:${port}`;
  const server = {
    port, base, issuer: base, proc, exited, portFile,
    get stderr() { return stderr; },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  t.after(async () => {
    if (process.env.CALLOUT_TEST_VERBOSE) t.diagnostic(stderr);
    await server.stop();
  });
  return server;
}

// --- HTTP helpers -------------------------------------------------------------------------------

async function parseResponse(res) {
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, text, json };
}

export async function get(url, headers = {}, extra = {}) {
  return parseResponse(await fetch(url, { headers, redirect: 'manual', ...extra }));
}

export async function control(server, method, route, body) {
  const res = await fetch(`${server.base}${route}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return parseResponse(res);
}

export const getLog = async (server) => (await control(server, 'GET', '/_test/log')).json;
export const clearLog = (server) => control(server, 'DELETE', '/_test/log');
export async function addFault(server, spec) {
  const res = await control(server, 'POST', '/_test/faults', spec);
  if (res.status !== 201) throw new Error(`fault not accepted: ${res.text}`);
  return res.json;
}

// RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
export const formEncode = (value) => new URLSearchParams([['x', value]]).toString().slice(2);
export const basicAuth = (id, secret) => `Basic ${Buffer.from(`${formEncode(id)}:${formEncode(secret)}`).toString('base64')}`;

// POST to the token endpoint (or another client-authenticated endpoint) as the given client,
// authenticating the way clients.json says.
export async function clientPost(server, route, clientId, params, { signal } = {}) {
  const client = CLIENTS[clientId];
  const body = new URLSearchParams(params);
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  switch (client?.token_endpoint_auth_method ?? 'none') {
    case 'client_secret_basic':
      headers.Authorization = basicAuth(clientId, client.client_secret);
      break;
    case 'client_secret_post':
      body.set('client_id', clientId);
      body.set('client_secret', client.client_secret);
      break;
    default:
      body.set('client_id', clientId);
  }
  const res = await fetch(`${server.base}${route}`, { method: 'POST', headers, body, signal });
  return parseResponse(res);
}

export const tokenRequest = (server, clientId, params, opts) => clientPost(server, '/token', clientId, params, opts);

export const refresh = (server, clientId, refreshToken, opts) => tokenRequest(server, clientId, {
  grant_type: 'refresh_token', refresh_token: refreshToken,
}, opts);

export const apiMe = (server, accessToken) => get(`${server.base}/api/me`, accessToken ? { Authorization: `Bearer ${accessToken}` } : {});

// --- the app's loopback redirect listener -------------------------------------------------------

// Plays the app: a listener on 127.0.0.1, ephemeral port, recording every callback it receives.
export async function startApp(t) {
  const hits = [];
  let resolveFirst;
  const first = new Promise((resolve) => { resolveFirst = resolve; });
  const srv = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const hit = { path: url.pathname, params: Object.fromEntries(url.searchParams) };
    hits.push(hit);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end('Done. You can close this window.\n');
    resolveFirst(hit);
  });
  await new Promise((resolve) => { srv.listen(0, '127.0.0.1', resolve); });
  t.after(() => new Promise((resolve) => { srv.closeAllConnections(); srv.close(resolve); }));
  const { port } = srv.address();
  return { port, redirectUri: `http://127.0.0.1:${port}/callback`, hits, first };
}

// --- PKCE, authorization URL and the scripted browser ------------------------------------------

export function pkcePair() {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function authorizationUrl(server, {
  clientId, redirectUri, scope, state, challenge,
}) {
  const url = new URL('/auth', server.base);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope,
    redirect_uri: redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

export function runBrowser(url, env = {}) {
  return new Promise((resolve, reject) => {
    const proc = spawn('bash', [BROWSER, url], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk) => { stdout += chunk; });
    proc.stderr.on('data', (chunk) => { stderr += chunk; });
    proc.once('error', reject);
    // 'close', not 'exit': only then has all of stdout and stderr been read.
    proc.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Whole sign-in: app listener + browser.sh. Returns the callback parameters and the PKCE verifier.
// redirectUri defaults to the listener's http://127.0.0.1:<port>/callback.
export async function signIn(t, server, {
  clientId = 'public-client', scope = 'openid api', env = {}, app, redirectUri,
} = {}) {
  const listener = app ?? await startApp(t);
  const redirect = redirectUri ?? listener.redirectUri;
  const { verifier, challenge } = pkcePair();
  const state = crypto.randomBytes(16).toString('base64url');
  const url = authorizationUrl(server, {
    clientId, redirectUri: redirect, scope, state, challenge,
  });
  const browser = await runBrowser(url, env);
  if (browser.code !== 0) throw new Error(`browser.sh failed (${browser.code}): ${browser.stderr}\n${server.stderr}`);
  return {
    app: listener, callback: listener.hits.at(-1)?.params, verifier, state, redirectUri: redirect, browser,
  };
}

export const exchangeCode = (server, clientId, { callback, verifier, redirectUri }) => tokenRequest(server, clientId, {
  grant_type: 'authorization_code', code: callback.code, code_verifier: verifier, redirect_uri: redirectUri,
});

// Sign in and exchange the code: the usual starting point of refresh/API tests.
export async function obtainTokens(t, server, opts = {}) {
  const clientId = opts.clientId ?? 'public-client';
  const flow = await signIn(t, server, { ...opts, clientId });
  const res = await exchangeCode(server, clientId, flow);
  if (res.status !== 200) throw new Error(`code exchange failed: ${res.status} ${res.text}\n${server.stderr}`);
  return { ...flow, tokens: res.json };
}

// Asserts that none of the given secret values appear in the text (request log, server stderr...).
export function findLeaks(text, values) {
  return values.filter((v) => typeof v === 'string' && v.length >= 6 && text.includes(v));
}
