import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { webDist } from '../app.ts';
import { serverRoot } from '../server-root.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mini-erp-compiled-'));
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the compiled server', () => {
  it('builds to dist/main.js, which starts with plain Node, migrates, seeds and serves the app', async () => {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: serverRoot });
    const main = path.join(serverRoot, 'dist/main.js');
    expect(existsSync(main)).toBe(true);

    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    // Started from elsewhere than the server folder: files it needs are found from the compiled file.
    server = spawn(process.execPath, [main], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    server.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
    const banner = new Promise<void>((resolve) =>
      server!.stdout!.on('data', () => output.includes('Demo login') && resolve()),
    );
    const outcome = await Promise.race([banner.then(() => 'started'), exited.then((code) => `exited with ${code}`)]);
    expect(outcome, output).toBe('started');
    expect(output).toContain(`Mini ERP is running at http://localhost:${port}`);
    expect(output).toMatch(/\(demo company created in \d+\.\d s\)/);

    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@example.com', password: 'demo12345' }),
    });
    expect(login.status).toBe(200);
    // Packages left out of the bundle and loaded on first use are found from the compiled file.
    const { accessToken } = (await login.json()) as { accessToken: string };
    for (const [format, signature] of [
      ['pdf', '%PDF-'],
      ['xlsx', 'PK'],
    ]) {
      const file = await fetch(`${base}/api/customers/export?format=${format}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(file.status, format).toBe(200);
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, signature!.length)
          .toString(),
      ).toBe(signature);
    }
    if (existsSync(path.join(webDist, 'index.html'))) {
      const page = await fetch(`${base}/login`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
  }, 180_000);
});
