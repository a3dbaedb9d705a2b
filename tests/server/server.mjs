#!/usr/bin/env node
// Loopback OAuth 2.0 / OpenID Connect test server for Callout's tests.
//
// A real authorization server (npm `oidc-provider`) plus, around it:
//   - a protected API under /api/ (bearer tokens issued by this server),
//   - a request log without any parameter values (GET/DELETE /_test/log),
//   - fault injection per endpoint (POST/GET/DELETE /_test/faults),
//   - POST /_test/restart (fresh provider, same issuer: every grant is lost),
//   - POST /_test/shutdown.
// See README.md next to this file for the contract. Logs go to stderr and must never contain
// token, code, verifier or secret values.

import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLIENTS = JSON.parse(fs.readFileSync(path.join(HERE, 'clients.json'), 'utf8'));
const SCOPES = ['openid', 'profile', 'email', 'offline_access', 'api'];
const BODY_LIMIT = 64 * 1024;

const say = (msg) => process.stderr.write(`[callout-test-server] ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// Command line

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'port-file': { type: 'string' },
      port: { type: 'string', default: '0' },
      'access-ttl': { type: 'string', default: '300' },
      'refresh-ttl': { type: 'string', default: '86400' },
      rotate: { type: 'boolean', default: false },
      'refresh-expires-in': { type: 'boolean', default: false },
      'fixed-redirect': { type: 'string' },
      'seen-secrets-file': { type: 'string' },
    },
    strict: true,
  });
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`);
    return n;
  };
  if (!values['port-file']) throw new Error('--port-file FILE is required');
  return {
    portFile: values['port-file'],
    port: int('port', 0),
    accessTtl: int('access-ttl', 1),
    refreshTtl: int('refresh-ttl', 1),
    rotate: values.rotate,
    refreshExpiresIn: values['refresh-expires-in'],
    fixedRedirect: values['fixed-redirect'],
    seenSecretsFile: values['seen-secrets-file'],
  };
}

// ---------------------------------------------------------------------------------------------
// Storage: one fresh in-memory store per Provider instance. oidc-provider's own memory adapter
// shares one module-wide LRU (max 1000 entries), which would survive /_test/restart and could
// evict live tokens in long runs.

const GRANT_MEMBERS = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode',
  'BackchannelAuthenticationRequest']);

function createAdapterClass() {
  const items = new Map(); // "Model:id" -> { payload, expiresAt (ms) }
  const grants = new Map(); // grantId -> Set of item keys
  const sessionUids = new Map(); // session uid -> session id
  const userCodes = new Map(); // device user code -> id

  const live = (key) => {
    const item = items.get(key);
    if (item && item.expiresAt <= Date.now()) {
      items.delete(key);
      return undefined;
    }
    return item;
  };

  return class TestMemoryAdapter {
    constructor(model) { this.model = model; }

    key(id) { return `${this.model}:${id}`; }

    async upsert(id, payload, expiresIn) {
      const key = this.key(id);
      const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
      items.set(key, { payload, expiresAt });
      if (GRANT_MEMBERS.has(this.model) && payload.grantId) {
        if (!grants.has(payload.grantId)) grants.set(payload.grantId, new Set());
        grants.get(payload.grantId).add(key);
      }
      if (this.model === 'Session' && payload.uid) sessionUids.set(payload.uid, id);
      if (payload.userCode) userCodes.set(payload.userCode, id);
    }

    async find(id) { return live(this.key(id))?.payload; }

    async findByUid(uid) {
      const id = sessionUids.get(uid);
      return id === undefined ? undefined : this.find(id);
    }

    async findByUserCode(userCode) {
      const id = userCodes.get(userCode);
      return id === undefined ? undefined : this.find(id);
    }

    async consume(id) {
      const item = live(this.key(id));
      if (item) item.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id) { items.delete(this.key(id)); }

    async revokeByGrantId(grantId) {
      for (const key of grants.get(grantId) ?? []) items.delete(key);
      grants.delete(grantId);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Provider

// One ID token signing key per process (a restart drops grants, not keys). Generated on the
// thread pool while oidc-provider loads: together they are most of the start-up time.
const signingKeyPromise = new Promise((resolve, reject) => {
  crypto.generateKeyPair('rsa', { modulusLength: 2048 }, (err, _publicKey, privateKey) => {
    if (err) reject(err);
    else resolve({ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: crypto.randomUUID() });
  });
});
const { Provider, errors: oidcErrors } = await import('oidc-provider');
const SIGNING_JWK = await signingKeyPromise;

function clientConfigs(opts) {
  const native = (id, extra) => ({
    client_id: id,
    application_type: 'native',
    redirect_uris: [CLIENTS.redirect_uri],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    ...extra,
  });
  const c = CLIENTS.clients;
  return [
    native('public-client', { token_endpoint_auth_method: 'none' }),
    native('post-client', { token_endpoint_auth_method: 'client_secret_post', client_secret: c['post-client'].client_secret }),
    native('basic-client', { token_endpoint_auth_method: 'client_secret_basic', client_secret: c['basic-client'].client_secret }),
    native('fixed-client', {
      token_endpoint_auth_method: 'none',
      redirect_uris: [opts.fixedRedirect ?? CLIENTS.redirect_uri],
    }),
  ];
}

function findAccount(_ctx, id) {
  return {
    accountId: id,
    claims: () => ({
      sub: id, preferred_username: id, email: `${id}@example.test`, email_verified: true,
    }),
  };
}

function buildProvider(opts, issuer, server) {
  const apiResource = `${issuer}/api`;
  const provider = new Provider(issuer, {
    adapter: createAdapterClass(),
    clients: clientConfigs(opts),
    jwks: { keys: [SIGNING_JWK] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    findAccount,
    scopes: SCOPES,
    claims: {
      openid: ['sub'],
      profile: ['preferred_username'],
      email: ['email', 'email_verified'],
    },
    responseTypes: ['code'],
    clockTolerance: 0,
    pkce: { required: () => true }, // v9 only supports S256
    ttl: {
      AccessToken: opts.accessTtl,
      RefreshToken: opts.refreshTtl,
      Grant: Math.max(opts.refreshTtl, 14 * 24 * 3600),
      Session: 14 * 24 * 3600,
      Interaction: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
    },
    rotateRefreshToken: opts.rotate,
    // A desktop client gets a refresh token whenever it may use the grant (no offline_access dance).
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Tokens must not die with the browser cookie session of the scripted user.
    expiresWithSession: async () => false,
    clientBasedCORS: () => false,
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Every request is for the API unless it names another resource, so `api` alone works.
        defaultResource: async (_ctx, _client, oneOf) => {
          if (!oneOf) return apiResource;
          if (Array.isArray(oneOf) && oneOf.includes(apiResource)) return apiResource;
          return oneOf;
        },
        // Also for `openid api`: the access token is for the API, not for userinfo.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (resource !== apiResource) throw new oidcErrors.InvalidTarget();
          return {
            scope: 'api', audience: apiResource, accessTokenTTL: opts.accessTtl, accessTokenFormat: 'opaque',
          };
        },
      },
    },
  });
  provider.use(testMiddleware(server, provider, apiResource));
  logProviderEvents(provider);
  return provider;
}

// Error descriptions sent to clients are generic; the real reason is only in these events.
function logProviderEvents(provider) {
  const errorEvents = ['grant.error', 'server_error', 'authorization.error', 'revocation.error',
    'introspection.error', 'userinfo.error', 'discovery.error', 'end_session.error', 'jwks.error'];
  for (const event of errorEvents) {
    provider.on(event, (_ctx, err) => {
      const detail = err?.error_detail ? ` (${err.error_detail})` : '';
      say(`provider ${event}: ${err?.name}: ${err?.message}${detail}`);
      if (event === 'server_error') say(err?.stack ?? '');
    });
  }
  provider.on('grant.success', () => say('provider grant.success'));
  provider.on('grant.revoked', () => say('provider grant.revoked'));
}

// ---------------------------------------------------------------------------------------------
// Endpoints, request log and faults

const ENDPOINTS = new Set(['token', 'revocation', 'introspection', 'userinfo', 'api', 'discovery', 'authorization']);
const MODES = new Set(['status', 'delay-before', 'delay-after', 'drop', 'oauth-error', 'expires-in',
  'non-json', 'error-200', 'wrong-issuer', 'strip-refresh-token']);

function classify(pathname) {
  switch (pathname) {
    case '/token': return 'token';
    case '/token/revocation': return 'revocation';
    case '/token/introspection': return 'introspection';
    case '/me': return 'userinfo';
    case '/auth': return 'authorization';
    case '/.well-known/openid-configuration':
    case '/.well-known/oauth-authorization-server': return 'discovery';
    default:
      return pathname === '/api' || pathname.startsWith('/api/') ? 'api' : undefined;
  }
}

function authorizationScheme(header) {
  if (!header) return 'none';
  const scheme = header.split(' ')[0].toLowerCase();
  return ['basic', 'bearer'].includes(scheme) ? scheme : 'other';
}

function clientAuthOf(headers, params) {
  if (authorizationScheme(headers.authorization) === 'basic') return 'client_secret_basic';
  if (params && params.client_secret !== undefined) return 'client_secret_post';
  return 'none';
}

const sortedNames = (obj) => [...new Set(Object.keys(obj))].sort();

// Read a form body ourselves so the log sees grant_type and parameter names even when a fault
// answers before the provider runs. oidc-provider then uses req.body (its "already parsed" path).
async function readFormBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > BODY_LIMIT) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks);
  req.body = raw;
  return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
}

function takeFault(server, endpoint, entry) {
  const queue = server.faults.get(endpoint) ?? [];
  const index = queue.findIndex((f) => !f.grant_type || f.grant_type === entry.grant_type);
  if (index === -1) return undefined;
  const fault = queue[index];
  fault.count -= 1;
  if (fault.count <= 0) queue.splice(index, 1);
  return fault;
}

// refresh_token_expires_in for a token response that carries a refresh token: its remaining
// lifetime as the provider keeps it (a rotated one may keep its predecessor's end).
async function addRefreshExpiry(ctx, provider) {
  if (ctx.status !== 200 || !ctx.body || typeof ctx.body !== 'object' || !ctx.body.refresh_token) return;
  const token = await provider.RefreshToken.find(ctx.body.refresh_token, { ignoreExpiration: true });
  if (!token?.exp) return;
  ctx.body = { ...ctx.body, refresh_token_expires_in: Math.max(0, token.exp - Math.floor(Date.now() / 1000)) };
}

function jsonBody(ctx, status, body) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

function dropConnection(ctx) {
  ctx.respond = false;
  ctx.req.socket.destroy();
}

// An injected authorization error goes back to the app's redirect URI, as a real server would.
function authorizationErrorRedirect(ctx, server, fault) {
  const redirectUri = ctx.query.redirect_uri;
  if (typeof redirectUri !== 'string') {
    return jsonBody(ctx, fault.status, { error: fault.error, error_description: fault.error_description });
  }
  const target = new URL(redirectUri);
  target.searchParams.set('error', fault.error);
  if (fault.error_description) target.searchParams.set('error_description', fault.error_description);
  if (typeof ctx.query.state === 'string') target.searchParams.set('state', ctx.query.state);
  target.searchParams.set('iss', server.issuer);
  ctx.status = 303;
  ctx.redirect(target.href);
}

async function applyFault(ctx, server, endpoint, fault, run) {
  switch (fault.mode) {
    case 'status':
      return jsonBody(ctx, fault.status, { error: 'server_error', error_description: `injected HTTP ${fault.status}` });
    case 'oauth-error':
      if (endpoint === 'authorization') return authorizationErrorRedirect(ctx, server, fault);
      return jsonBody(ctx, fault.status, { error: fault.error, error_description: fault.error_description });
    case 'error-200':
      return jsonBody(ctx, 200, { error: fault.error, error_description: 'injected error in an HTTP 200 response' });
    case 'non-json':
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = 'injected: this is not JSON\n';
      return undefined;
    case 'drop':
      return dropConnection(ctx);
    case 'delay-before':
      await sleep(fault.ms);
      return run();
    case 'delay-after': // the provider really processes (e.g. rotates) before the answer is late or lost
      await run();
      await sleep(fault.ms);
      if (fault.drop) dropConnection(ctx);
      return undefined;
    case 'expires-in':
      await run();
      if (ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && 'access_token' in ctx.body) {
        const { expires_in: _dropped, ...rest } = ctx.body;
        ctx.body = fault.value === null ? rest : { ...rest, expires_in: fault.value };
      }
      return undefined;
    case 'strip-refresh-token': // RFC 6749 §6: a refresh response need not carry a new refresh token
      await run();
      if (ctx.status === 200 && ctx.body && typeof ctx.body === 'object' && 'refresh_token' in ctx.body) {
        const { refresh_token: _dropped, ...rest } = ctx.body;
        ctx.body = rest;
      }
      return undefined;
    case 'wrong-issuer':
      await run();
      if (ctx.body && typeof ctx.body === 'object' && 'issuer' in ctx.body) {
        ctx.body = { ...ctx.body, issuer: fault.issuer ?? `${server.issuer}/wrong-issuer` };
      }
      return undefined;
    default:
      throw new Error(`unknown fault mode ${fault.mode}`);
  }
}

function newLogEntry(ctx, endpoint) {
  return {
    time: new Date().toISOString(),
    endpoint,
    method: ctx.method,
    path: ctx.path,
    host: ctx.get('host'),
    grant_type: null,
    client_auth: 'none',
    authorization: authorizationScheme(ctx.get('authorization')),
    param_names: [],
    query_names: sortedNames(ctx.query),
    body_length: null,
    status: null,
    error: null,
    fault: null,
  };
}

function finishLogEntry(entry, ctx, dropped) {
  entry.status = dropped ? null : ctx.status;
  if (dropped) entry.error = 'connection dropped';
  else if (ctx.body && typeof ctx.body === 'object' && typeof ctx.body.error === 'string') entry.error = ctx.body.error;
  say(`${entry.method} ${entry.path} [${entry.endpoint}${entry.grant_type ? ` ${entry.grant_type}` : ''}`
    + `${entry.fault ? `, fault ${entry.fault}` : ''}] -> ${entry.status ?? 'dropped'}${entry.error ? ` ${entry.error}` : ''}`);
}

// The fixed-port client must not benefit from RFC 8252 loopback port variation.
function fixedRedirectViolation(ctx, opts) {
  return opts.fixedRedirect && ctx.query.client_id === 'fixed-client'
    && typeof ctx.query.redirect_uri === 'string' && ctx.query.redirect_uri !== opts.fixedRedirect;
}

// Test-only (--seen-secrets-file): the one-time values the server saw (the authorization request's
// state, the code and the PKCE verifier of a code exchange) appended as "name=value" lines, so that a
// test can check that none of them ended up anywhere else. Never used outside tests.
function recordSeenSecrets(opts, values) {
  if (!opts.seenSecretsFile) return;
  const lines = Object.entries(values)
    .filter(([, value]) => typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}=${value}\n`).join('');
  if (lines) fs.appendFileSync(opts.seenSecretsFile, lines, { mode: 0o600 });
}

function testMiddleware(server, provider, apiResource) {
  return async function calloutTestMiddleware(ctx, next) {
    const endpoint = classify(ctx.path);
    if (!endpoint) return next();

    const entry = newLogEntry(ctx, endpoint);
    server.requestLog.push(entry);
    // The API reads (and counts) its own bodies, streamed and of any size.
    if (endpoint !== 'api' && ctx.method === 'POST' && ctx.is('application/x-www-form-urlencoded')) {
      const params = await readFormBody(ctx.req);
      entry.param_names = sortedNames(params);
      entry.grant_type = params.grant_type ?? null;
      entry.client_auth = clientAuthOf(ctx.headers, params);
      if (endpoint === 'token') recordSeenSecrets(server.opts, { code: params.code, code_verifier: params.code_verifier });
    } else {
      entry.client_auth = clientAuthOf(ctx.headers);
    }
    if (endpoint === 'authorization') recordSeenSecrets(server.opts, { state: ctx.query.state });
    if (ctx.path === '/.well-known/oauth-authorization-server') ctx.path = '/.well-known/openid-configuration';

    const run = async () => {
      if (endpoint === 'api') return handleApi(ctx, server, provider, apiResource);
      if (endpoint === 'userinfo' && await userinfoForApiToken(ctx, provider, apiResource)) return undefined;
      if (endpoint === 'authorization' && fixedRedirectViolation(ctx, server.opts)) {
        return jsonBody(ctx, 400, { error: 'invalid_redirect_uri', error_description: 'fixed-client needs its exact redirect_uri' });
      }
      await next();
      // --refresh-expires-in: say how long the refresh token lives, as GitHub and Microsoft do.
      if (endpoint === 'token' && server.opts.refreshExpiresIn) await addRefreshExpiry(ctx, provider);
      return undefined;
    };

    const fault = takeFault(server, endpoint, entry);
    entry.fault = fault?.mode ?? null;
    if (endpoint === 'api') ctx.state.logEntry = entry;
    // A faulted API request is not processed, but its body is still counted.
    if (endpoint === 'api' && fault) entry.body_length = await drainBody(ctx.req);
    try {
      if (fault) await applyFault(ctx, server, endpoint, fault, run);
      else await run();
    } finally {
      finishLogEntry(entry, ctx, ctx.respond === false);
    }
    return undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Protected API

function unauthorized(ctx, description) {
  ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"');
  jsonBody(ctx, 401, { error: 'invalid_token', error_description: description });
}

// The API access token presented as "Authorization: Bearer", or a reason why there is none.
async function findApiToken(ctx, provider, apiResource) {
  const match = /^Bearer +([^ ]+)$/i.exec(ctx.get('authorization'));
  if (!match) return { reason: 'no bearer token' };
  const token = await provider.AccessToken.find(match[1]); // undefined when unknown, revoked or expired
  if (!token || token.isExpired) return { reason: 'unknown, revoked or expired token' };
  if (![].concat(token.aud ?? []).includes(apiResource)) return { reason: 'token is not for this API' };
  return { token };
}

async function apiMe(ctx, provider, apiResource) {
  const { token, reason } = await findApiToken(ctx, provider, apiResource);
  if (!token) return unauthorized(ctx, reason);
  return jsonBody(ctx, 200, {
    sub: token.accountId, scope: token.scope ?? '', client_id: token.clientId, exp: token.exp,
  });
}

// oidc-provider refuses tokens with an API audience at userinfo; real servers (and apps) expect one
// access token to work at both, so answer userinfo ourselves for API tokens of an openid grant.
// Returns false to let oidc-provider answer (no token, or not an API token).
async function userinfoForApiToken(ctx, provider, apiResource) {
  const { token } = await findApiToken(ctx, provider, apiResource);
  if (!token) return false;
  const grant = await provider.Grant.find(token.grantId);
  const scopes = new Set((grant?.getOIDCScope() ?? '').split(' '));
  if (!scopes.has('openid')) {
    ctx.set('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="openid"');
    jsonBody(ctx, 403, { error: 'insufficient_scope', error_description: 'the grant has no openid scope' });
    return true;
  }
  const all = findAccount(ctx, token.accountId).claims();
  const claims = { sub: all.sub };
  if (scopes.has('profile')) claims.preferred_username = all.preferred_username;
  if (scopes.has('email')) Object.assign(claims, { email: all.email, email_verified: all.email_verified });
  jsonBody(ctx, 200, claims);
  return true;
}

// 30x to another origin (localhost vs 127.0.0.1): a client must not forward Authorization.
function apiRedirect(ctx, server) {
  const to = typeof ctx.query.to === 'string' && ctx.query.to.startsWith('/api/') ? ctx.query.to : '/api/echo-headers';
  const status = [301, 302, 303, 307, 308].includes(Number(ctx.query.status)) ? Number(ctx.query.status) : 302;
  ctx.redirect(`http://localhost:${server.port}${to}`);
  ctx.status = status;
}

function apiEchoHeaders(ctx) {
  jsonBody(ctx, 200, {
    header_names: sortedNames(ctx.headers),
    authorization: ctx.get('authorization') !== '',
    host: ctx.get('host'),
  });
}

// Reads a request body to its end; its length in bytes.
async function drainBody(req) {
  let length = 0;
  for await (const chunk of req) length += chunk.length;
  return length;
}

// The request as the server saw it; header values but Authorization's and Cookie's.
async function apiEcho(ctx) {
  const hash = crypto.createHash('sha256');
  let length = 0;
  for await (const chunk of ctx.req) {
    hash.update(chunk);
    length += chunk.length;
  }
  ctx.state.logEntry.body_length = length;
  const headers = {};
  for (const [name, value] of Object.entries(ctx.headers)) {
    if (name === 'authorization') headers[name] = 'bearer-valid'; // checked before: a valid API token
    else if (name === 'cookie') headers[name] = 'present';
    else headers[name] = value;
  }
  jsonBody(ctx, 200, {
    method: ctx.method, path: ctx.path, query: ctx.querystring, headers, body_length: length,
    body_sha256: hash.digest('hex'),
  });
}

// The request body back, with the request's Content-Type. Read to its end first: an HTTP/1.1 client
// such as Qt's reads no response while it still sends, and answering early would deadlock both.
async function apiEchoBody(ctx) {
  const chunks = [];
  let length = 0;
  for await (const chunk of ctx.req) {
    chunks.push(chunk);
    length += chunk.length;
  }
  ctx.state.logEntry.body_length = length;
  ctx.status = 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = ctx.get('content-type') || 'application/octet-stream';
  if (ctx.query.length !== 'none') ctx.length = length; // ?length=none: no Content-Length (chunked)
  ctx.body = Readable.from(chunks, { objectMode: false }); // streamed out, chunk by chunk
}

// GET /api/bytes?n=N: N bytes, byte i = (i * 31 + 7) & 255 (period 256), streamed, X-Sha256 = hex SHA-256.
const BYTES_MAX = 2 ** 31;
const bytesPattern = Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 31 + 7) & 255));

function* patternChunks(n) {
  for (let sent = 0; sent < n; sent += bytesPattern.length) yield bytesPattern.subarray(0, Math.min(bytesPattern.length, n - sent));
}

async function apiBytes(ctx) {
  ctx.state.logEntry.body_length = await drainBody(ctx.req);
  const n = /^\d{1,10}$/.test(ctx.query.n ?? '') ? Number(ctx.query.n) : -1;
  if (n < 0 || n > BYTES_MAX) {
    return jsonBody(ctx, 400, { error: 'invalid_request', error_description: `n must be an integer from 0 to ${BYTES_MAX}` });
  }
  const hash = crypto.createHash('sha256');
  for (const chunk of patternChunks(n)) hash.update(chunk);
  ctx.status = 200;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Sha256', hash.digest('hex'));
  ctx.type = 'application/octet-stream';
  ctx.length = n;
  ctx.body = Readable.from(patternChunks(n), { objectMode: false });
  return undefined;
}

// Endpoints that need a valid API token, as /api/me.
const PROTECTED = { '/api/echo': apiEcho, '/api/echo-body': apiEchoBody, '/api/bytes': apiBytes };

async function handleApi(ctx, server, provider, apiResource) {
  const handler = PROTECTED[ctx.path];
  if (!handler) ctx.state.logEntry.body_length = await drainBody(ctx.req);
  switch (ctx.path) {
    case '/api/me': return apiMe(ctx, provider, apiResource);
    case '/api/redirect': return apiRedirect(ctx, server);
    case '/api/echo-headers': return apiEchoHeaders(ctx);
    default:
  }
  if (!handler) return jsonBody(ctx, 404, { error: 'not_found' });
  const { token, reason } = await findApiToken(ctx, provider, apiResource);
  if (!token) {
    ctx.state.logEntry.body_length = await drainBody(ctx.req);
    return unauthorized(ctx, reason);
  }
  return handler(ctx);
}

// ---------------------------------------------------------------------------------------------
// Control endpoints (/_test/...), outside of the provider so they survive a restart

function normalizeFault(spec) {
  if (!spec || typeof spec !== 'object') throw new Error('body must be a JSON object');
  const { endpoint, mode } = spec;
  if (!ENDPOINTS.has(endpoint)) throw new Error(`endpoint must be one of ${[...ENDPOINTS].join(', ')}`);
  if (!MODES.has(mode)) throw new Error(`mode must be one of ${[...MODES].join(', ')}`);
  const count = spec.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) throw new Error('count must be a positive integer');
  const fault = { endpoint, mode, count };
  if (spec.grant_type !== undefined) fault.grant_type = String(spec.grant_type);
  switch (mode) {
    case 'status':
      fault.status = spec.status ?? 500;
      if (!Number.isSafeInteger(fault.status) || fault.status < 200 || fault.status > 599) throw new Error('status must be an HTTP status');
      break;
    case 'delay-before':
    case 'delay-after':
      fault.ms = spec.ms ?? 1000;
      if (!Number.isSafeInteger(fault.ms) || fault.ms < 0) throw new Error('ms must be a non-negative integer');
      fault.drop = mode === 'delay-after' && spec.drop === true;
      break;
    case 'oauth-error':
      if (typeof spec.error !== 'string') throw new Error('oauth-error needs "error"');
      fault.error = spec.error;
      fault.status = spec.status ?? 400;
      fault.error_description = spec.error_description ?? `injected ${spec.error}`;
      break;
    case 'error-200':
      fault.error = spec.error ?? 'invalid_grant';
      break;
    case 'expires-in':
      if (!('value' in spec)) throw new Error('expires-in needs "value" (a number, or null to omit expires_in)');
      fault.value = spec.value;
      break;
    case 'wrong-issuer':
      if (spec.issuer !== undefined) fault.issuer = String(spec.issuer);
      break;
    default:
  }
  return fault;
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function sendJson(res, status, body) {
  const text = body === undefined ? '' : JSON.stringify(body, null, 1);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function handleControl(req, res, server, pathname) {
  const route = `${req.method} ${pathname}`;
  switch (route) {
    case 'GET /_test/log': return sendJson(res, 200, server.requestLog);
    case 'DELETE /_test/log':
      server.requestLog.length = 0;
      return sendJson(res, 200, []);
    case 'GET /_test/faults': return sendJson(res, 200, [...server.faults.values()].flat());
    case 'DELETE /_test/faults':
      server.faults.clear();
      return sendJson(res, 200, []);
    case 'POST /_test/faults': {
      let fault;
      try {
        fault = normalizeFault(await readJson(req));
      } catch (err) {
        return sendJson(res, 400, { error: 'invalid_fault', error_description: err.message });
      }
      if (!server.faults.has(fault.endpoint)) server.faults.set(fault.endpoint, []);
      server.faults.get(fault.endpoint).push(fault);
      say(`fault queued: ${fault.endpoint} ${fault.mode} x${fault.count}`);
      return sendJson(res, 201, fault);
    }
    case 'GET /_test/info':
      return sendJson(res, 200, { issuer: server.issuer, port: server.port, restarts: server.restarts, options: server.opts });
    case 'POST /_test/expire-token': {
      // The access token alone ends, as at its expiry: its grant and refresh token stay good
      // (RFC 7009 revocation would end the grant with it here).
      let token;
      try {
        ({ token } = await readJson(req));
      } catch (err) {
        return sendJson(res, 400, { error: 'invalid_request', error_description: err.message });
      }
      const found = typeof token === 'string' ? await server.provider.AccessToken.find(token) : undefined;
      if (found) await found.destroy();
      return sendJson(res, found ? 200 : 404, { expired: Boolean(found) });
    }
    case 'POST /_test/restart':
      server.restarts += 1;
      server.installProvider();
      say(`provider restarted (#${server.restarts}): all grants, sessions and tokens dropped`);
      return sendJson(res, 200, { issuer: server.issuer, restarts: server.restarts });
    case 'POST /_test/shutdown':
      sendJson(res, 200, { shutdown: true });
      return res.on('finish', () => server.shutdown('POST /_test/shutdown'));
    default:
      return sendJson(res, 404, { error: 'not_found' });
  }
}

// ---------------------------------------------------------------------------------------------
// Main

function writePortFileAtomically(file, port) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${port}\n`);
  fs.renameSync(tmp, file);
}

function listen(httpServer, port) {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve(httpServer.address().port));
  });
}

async function main() {
  const opts = parseCli(process.argv.slice(2));
  const server = {
    opts, port: 0, issuer: '', restarts: 0, requestLog: [], faults: new Map(), callback: null,
  };

  const httpServer = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (pathname.startsWith('/_test/')) {
      handleControl(req, res, server, pathname).catch((err) => {
        say(`control error: ${err.message}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      });
      return;
    }
    server.callback(req, res);
  });

  server.port = await listen(httpServer, opts.port);
  server.issuer = `http://127.0.0.1:${server.port}`;
  server.installProvider = () => {
    server.provider = buildProvider(opts, server.issuer, server);
    server.callback = server.provider.callback();
  };
  server.installProvider();

  let exiting = false;
  server.shutdown = (why) => {
    if (exiting) return;
    exiting = true;
    say(`shutting down (${why})`);
    httpServer.close();
    httpServer.closeAllConnections();
    try {
      if (fs.readFileSync(opts.portFile, 'utf8').trim() === String(server.port)) fs.unlinkSync(opts.portFile);
    } catch { /* already gone */ }
    process.exit(0);
  };
  process.on('SIGTERM', () => server.shutdown('SIGTERM'));
  process.on('SIGINT', () => server.shutdown('SIGINT'));

  writePortFileAtomically(opts.portFile, server.port);
  say(`listening, issuer ${server.issuer}, access-ttl ${opts.accessTtl}s, refresh-ttl ${opts.refreshTtl}s, `
    + `rotate ${opts.rotate}, fixed-redirect ${opts.fixedRedirect ?? '(none)'}`);
}

main().catch((err) => {
  say(`fatal: ${err.message}`);
  process.exit(2);
});
