import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webSrc = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(webSrc, 'modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The module a file belongs to (`sales`), or null for the shell and the kit. */
const moduleOf = (file: string) => {
  const inside = relative(modules, file);
  return inside.startsWith('..') ? null : inside.split('/')[0]!;
};

describe('module boundaries in the web app', () => {
  it('reaches another module only through its index.ts (or its routes, for the router)', () => {
    const crossings: string[] = [];
    for (const file of [
      ...sourceFiles(modules),
      ...sourceFiles(join(webSrc, 'ui')),
      ...sourceFiles(join(webSrc, 'app')),
    ]) {
      for (const [, source] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), source!);
        const other = moduleOf(target);
        if (!other || other === moduleOf(file)) continue;
        const inside = relative(join(modules, other), target);
        if (inside !== 'index.ts' && inside !== 'routes.ts') crossings.push(`${relative(webSrc, file)} → ${source}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
