import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startServer, control, get, SERVER_DIR } from './helpers.mjs';

async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve) => { srv.listen(0, '127.0.0.1', resolve); });
  const { port } = srv.address();
  await new Promise((resolve) => { srv.close(resolve); });
  return port;
}

// Each test has its own server process, so they can run side by side.
describe('command line and control endpoints', { concurrency: 4 }, () => {
  test('port file holds digits + newline; SIGTERM exits 0 and removes it', async (t) => {
    const server = await startServer(t);
    assert.match(fs.readFileSync(server.portFile, 'utf8'), /^\d+\n$/);
    server.proc.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    assert.equal(fs.existsSync(server.portFile), false);
  });

  test('--port N binds that port on 127.0.0.1; POST /_test/shutdown exits 0', async (t) => {
    const port = await freePort();
    const server = await startServer(t, ['--port', String(port)]);
    assert.equal(server.port, port);
    const info = await control(server, 'GET', '/_test/info');
    assert.equal(info.json.issuer, `http://127.0.0.1:${port}`);
    const res = await control(server, 'POST', '/_test/shutdown');
    assert.equal(res.status, 200);
    assert.deepEqual(await server.exited, { code: 0, signal: null });
  });

  test('the request log can be cleared; unknown control routes are 404', async (t) => {
    const server = await startServer(t);
    await get(`${server.base}/api/me`);
    assert.equal((await control(server, 'GET', '/_test/log')).json.length, 1);
    await control(server, 'DELETE', '/_test/log');
    assert.deepEqual((await control(server, 'GET', '/_test/log')).json, []);
    assert.equal((await control(server, 'GET', '/_test/nope')).status, 404);
  });

  test('bad command lines exit non-zero with a message', () => {
    const script = path.join(SERVER_DIR, 'server.mjs');
    for (const args of [[], ['--port-file', '/tmp/x', '--access-ttl', '0'], ['--port-file', '/tmp/x', '--bogus']]) {
      const res = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 10000 });
      assert.notEqual(res.status, 0, args.join(' '));
      assert.match(res.stderr, /fatal: /);
    }
  });
});
