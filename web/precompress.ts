import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy next to every text file of the build, at the
 * highest levels, so the server sends them as they are instead of compressing each response.
 * Files under 1 KiB fit in one packet anyway and are left alone, as is a copy that is not smaller.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mini-erp:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => compressible.test(file));
      await Promise.all(
        files.map(async (file) => {
          const fullPath = path.join(outDir, file);
          const content = await readFile(fullPath);
          if (content.length < 1024) return;
          const copies = {
            br: await brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gz: await gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
          };
          for (const [extension, copy] of Object.entries(copies)) {
            if (copy.length < content.length) await writeFile(`${fullPath}.${extension}`, copy);
          }
        }),
      );
    },
  };
}
