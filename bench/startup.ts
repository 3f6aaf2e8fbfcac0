/**
 * Start-up and delivery (issue 10, point 19): the compiled server (`server/dist/main.js`, as
 * `npm start` runs it) started RUNS times on each database, printing the median of:
 *   1. a bare PGlite instance's RSS, with PGlite's defaults and with the app's settings: the floor;
 *   2. the app on PGlite: spawn to /ready on a new data folder (migrations and demo data) and on
 *      the second start, and idle RSS after each (goal: no more than 150 MB above the floor);
 *   3. the app on the PostgreSQL server named by DATABASE_URL, on a new database with demo data:
 *      spawn to /ready and idle RSS (goal < 150 MB);
 *   4. the web build's raw, brotli and gzip sizes, its largest script, and what the login page loads;
 *   5. first page load on loopback in headless Chromium, each in a new browser context (no cache):
 *      navigation to the load event of `/` and `/login`, and to the login form shown (goal < 1 s).
 * Usage: npm run bench:startup [-- --runs 3 --idle 5 --port 3900 --database erp_bench_startup]
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from 'playwright-core';
import { pgliteStartParams } from '../server/src/db/database.ts';
import { dropDatabase, freshDatabase } from './lib/bench-database.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    idle: { type: 'string', default: '5' },
    port: { type: 'string', default: String(3900 + Math.floor(Math.random() * 90)) },
    database: { type: 'string', default: 'erp_bench_startup' },
  },
});
const runs = Number(args.runs);
const idleMs = Number(args.idle) * 1000;
const port = Number(args.port);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
const compiledServer = path.join(serverDir, 'dist/main.js');
const webAssets = path.join(root, 'web/dist/assets');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** Resident memory of a process, as the operating system counts it. */
async function rssBytes(pid: number): Promise<number> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) * 1024;
}

interface Started {
  child: ChildProcess;
  startMs: number;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** The compiled server, spawned as `npm start` runs it, timed from spawn to /ready answering 200. */
async function startApp(env: Record<string, string>): Promise<Started> {
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  };
  if (!env.DATABASE_URL) delete serverEnv.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, [compiledServer], {
    cwd: serverDir,
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await sleep(20);
  }
  return { child, startMs: performance.now() - started, stop: stopper(child) };
}

/**
 * PGlite alone in a plain Node process, opened on a new (or the given) data folder with the given
 * start parameters, after the same one full garbage collection the server runs once started.
 */
async function startBarePglite(dataDir: string, startParams: string[]): Promise<Started> {
  const script = `
    import { setFlagsFromString } from 'node:v8';
    import { runInNewContext } from 'node:vm';
    import { PGlite } from '@electric-sql/pglite';
    const db = new PGlite({ dataDir: process.argv[1], startParams: JSON.parse(process.argv[2]) });
    await db.waitReady;
    await db.exec("SET TimeZone = 'UTC'");
    setFlagsFromString('--expose-gc');
    runInNewContext('gc')();
    process.stdout.write('ready\\n');
    process.on('SIGTERM', () => db.close().then(() => process.exit(0)));
    setInterval(() => {}, 60_000);
  `;
  const started = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, dataDir, JSON.stringify(startParams)], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`Bare PGlite exited with ${code}`)));
  });
  return { child, startMs: performance.now() - started, stop: stopper(child) };
}

/** Starts, waits until idle, samples RSS, stops. */
async function measure(start: () => Promise<Started>): Promise<{ startMs: number; rss: number }> {
  const running = await start();
  try {
    await sleep(idleMs);
    return { startMs: running.startMs, rss: await rssBytes(running.child.pid!) };
  } finally {
    await running.stop();
  }
}

async function bundleSizes() {
  const files = await readdir(webAssets);
  const size = async (file: string) => (files.includes(file) ? (await stat(path.join(webAssets, file))).size : null);
  const totals = { js: { raw: 0, br: 0, gz: 0 }, css: { raw: 0, br: 0, gz: 0 } };
  const sizes = new Map<string, { raw: number; br: number; gz: number }>();
  let largest = { file: '', raw: 0 };
  for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
    const raw = (await size(file))!;
    // A file left uncompressed (under 1 KiB) is sent as it is.
    const entry = { raw, br: (await size(`${file}.br`)) ?? raw, gz: (await size(`${file}.gz`)) ?? raw };
    sizes.set(file, entry);
    const total = totals[file.endsWith('.js') ? 'js' : 'css'];
    total.raw += entry.raw;
    total.br += entry.br;
    total.gz += entry.gz;
    if (file.endsWith('.js') && raw > largest.raw) largest = { file, raw };
  }
  return { totals, sizes, largest, scripts: files.filter((f) => f.endsWith('.js')).length };
}

/** Navigation to the load event, and to the login form shown, each in a new context (cold cache). */
async function pageLoads(base: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const results = { root: [] as number[], login: [] as number[], loginShown: [] as number[] };
  const loginScripts = new Set<string>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const [key, url] of [
        ['root', '/'],
        ['login', '/login'],
      ] as const) {
        const context = await browser.newContext({ baseURL: base });
        const page = await context.newPage();
        page.on('request', (request) => {
          const file = new URL(request.url()).pathname;
          if (key === 'login' && file.endsWith('.js')) loginScripts.add(path.basename(file));
        });
        const started = performance.now();
        await page.goto(url, { waitUntil: 'load' });
        const loadEventEnd = await page.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        );
        results[key].push(loadEventEnd);
        if (key === 'login') {
          await page.getByRole('button', { name: 'Log in' }).waitFor();
          results.loginShown.push(performance.now() - started);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { results, loginScripts };
}

async function main() {
  const bundle = await bundleSizes();
  const scratch = await mkdtemp(path.join(tmpdir(), 'mini-erp-startup-'));
  const samples = {
    bareDefault: [] as number[],
    bareTuned: [] as number[],
    bareTunedRestart: [] as number[],
    pgliteStart: [] as number[],
    pgliteRss: [] as number[],
    pgliteRestartStart: [] as number[],
    pgliteRestartRss: [] as number[],
    serverStart: [] as number[],
    serverRss: [] as number[],
  };
  try {
    for (let run = 1; run <= runs; run++) {
      const dir = (name: string) => path.join(scratch, `${name}-${run}`);
      samples.bareDefault.push(
        (await measure(() => startBarePglite(dir('bare-default'), PGlite.defaultStartParams))).rss,
      );
      samples.bareTuned.push((await measure(() => startBarePglite(dir('bare'), pgliteStartParams))).rss);
      samples.bareTunedRestart.push((await measure(() => startBarePglite(dir('bare'), pgliteStartParams))).rss);
      const first = await measure(() => startApp({ DATA_DIR: dir('app'), DEMO_DATA: 'true' }));
      samples.pgliteStart.push(first.startMs);
      samples.pgliteRss.push(first.rss);
      const again = await measure(() => startApp({ DATA_DIR: dir('app'), DEMO_DATA: 'true' }));
      samples.pgliteRestartStart.push(again.startMs);
      samples.pgliteRestartRss.push(again.rss);
      const url = await freshDatabase(args.database);
      const onServer = await measure(() => startApp({ DATABASE_URL: url, DEMO_DATA: 'true' }));
      samples.serverStart.push(onServer.startMs);
      samples.serverRss.push(onServer.rss);
      log(`run ${run}/${runs} done`);
    }
    const url = await freshDatabase(args.database);
    const server = await startApp({ DATABASE_URL: url, DEMO_DATA: 'true' });
    let loads: Awaited<ReturnType<typeof pageLoads>>;
    try {
      loads = await pageLoads(`http://127.0.0.1:${port}`);
    } finally {
      await server.stop();
    }
    await dropDatabase(args.database);
    report(samples, bundle, loads);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function report(
  samples: Record<string, number[]>,
  bundle: Awaited<ReturnType<typeof bundleSizes>>,
  loads: Awaited<ReturnType<typeof pageLoads>>,
) {
  const m = (key: string) => median(samples[key]!);
  const all = (key: string, format: (v: number) => string) => samples[key]!.map(format).join(', ');
  const verdict = (ok: boolean) => (ok ? 'goal met' : 'GOAL MISSED');
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const floorGap = m('pgliteRss') - m('bareTuned');
  const restartGap = m('pgliteRestartRss') - m('bareTunedRestart');
  log(`\nStart-up and idle memory, median of ${runs} (RSS ${idleMs / 1000} s after ready; all runs in brackets)`);
  log(`  bare PGlite, PGlite's defaults, new data folder  ${mb(m('bareDefault'))}  [${all('bareDefault', mb)}]`);
  log(`  bare PGlite, the app's settings, new data folder ${mb(m('bareTuned'))}  [${all('bareTuned', mb)}]`);
  log(
    `  bare PGlite, the app's settings, second start    ${mb(m('bareTunedRestart'))}  [${all('bareTunedRestart', mb)}]`,
  );
  log(
    `  app on PGlite, first start (migrations, demo):   ready in ${ms(m('pgliteStart'))}, ${mb(m('pgliteRss'))}  [${all('pgliteRss', mb)}]`,
  );
  log(`      above the bare floor: ${mb(floorGap)} (goal <= 150 MB: ${verdict(floorGap <= 150 * 1024 * 1024)})`);
  log(
    `  app on PGlite, second start:                     ready in ${ms(m('pgliteRestartStart'))}, ${mb(m('pgliteRestartRss'))}  [${all('pgliteRestartRss', mb)}]`,
  );
  log(`      above the bare floor: ${mb(restartGap)} (goal <= 150 MB: ${verdict(restartGap <= 150 * 1024 * 1024)})`);
  log(
    `  app on PostgreSQL server, new database, demo:    ready in ${ms(m('serverStart'))}, ${mb(m('serverRss'))}  [${all('serverRss', mb)}]`,
  );
  log(`      (goal < 150 MB: ${verdict(m('serverRss') < 150 * 1024 * 1024)})`);

  const { totals } = bundle;
  const first = [...loads.loginScripts].map((file) => bundle.sizes.get(file)).filter((s) => s !== undefined);
  const sum = (key: 'raw' | 'br' | 'gz') => first.reduce((total, s) => total + s[key], 0);
  log('\nWeb build (raw / brotli / gzip)');
  log(`  JavaScript, ${bundle.scripts} files: ${kb(totals.js.raw)} / ${kb(totals.js.br)} / ${kb(totals.js.gz)}`);
  log(`  CSS: ${kb(totals.css.raw)} / ${kb(totals.css.br)} / ${kb(totals.css.gz)}`);
  log(
    `  largest script: ${bundle.largest.file} ${kb(bundle.largest.raw)} (goal <= 500 kB: ${verdict(bundle.largest.raw <= 500 * 1024)})`,
  );
  log(`  the login page loads ${first.length} scripts: ${kb(sum('raw'))} / ${kb(sum('br'))} / ${kb(sum('gz'))}`);

  const { results } = loads;
  log(`\nFirst page load on loopback, headless Chromium, no cache, median of ${runs}`);
  log(`  /       to the load event: ${ms(median(results.root))}  [${results.root.map(ms).join(', ')}]`);
  log(`  /login  to the load event: ${ms(median(results.login))}  [${results.login.map(ms).join(', ')}]`);
  log(`  /login  to the form shown: ${ms(median(results.loginShown))}  [${results.loginShown.map(ms).join(', ')}]`);
  const slowest = Math.max(median(results.root), median(results.login), median(results.loginShown));
  log(`  (goal < 1 s: ${verdict(slowest < 1000)})`);
}

await main();
