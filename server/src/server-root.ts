import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server package folder. This file sits one level below it both as source (`src/`) and
 * bundled into the compiled server (`dist/main.js`), so files found from here resolve either way.
 */
export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
