import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Start-up leaves garbage that an idle server would keep for hours: on a new embedded database
 * the temporary PGlite instance that ran initdb (hundreds of MB of WebAssembly memory), then the
 * migrations and demo data. V8 collects it only when JavaScript allocates enough, which an idle
 * server does not, so one full collection runs once start-up is done.
 */
export function collectStartUpGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  gc();
}
