import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { serverRoot } from '../server-root.ts';

/**
 * Compiles the server into one ES module, `dist/main.js`, which `npm start` runs with plain Node
 * (no TypeScript compiler in the running process). Packages that find files next to themselves
 * at run time (wasm, fonts, static pages, worker scripts) or load native code stay in node_modules.
 */
const external = [
  '@electric-sql/pglite',
  '@node-rs/argon2',
  'pg-native',
  'pdfmake',
  'exceljs',
  '@fastify/swagger-ui',
  'pino',
  'thread-stream',
];

const outdir = path.join(serverRoot, 'dist');
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(serverRoot, 'src/main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  external,
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});
