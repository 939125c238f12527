// The check page runs the ingest's own modules in the browser: nothing the
// page's scripts import, directly or through the pipeline, may need Node
// (node:fs, node:path, Buffer…). Walks the static import graph from the
// page's entry points; a Node import anywhere in it fails with its chain.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\bfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module reachable from `entry`, with the chain that reaches it, and the bare packages imported. */
function walk(entry: string): { modules: Map<string, string[]>; packages: Map<string, string[]> } {
  const modules = new Map<string, string[]>([[entry, [entry]]]);
  const packages = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(IMPORT), ...text.matchAll(DYNAMIC)].map((m) => m[1]!);
    for (const spec of specifiers) {
      const chain = [...modules.get(file)!, spec];
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) packages.set(spec, chain);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (!modules.has(target)) {
        modules.set(target, chain);
        queue.push(target);
      }
    }
  }
  return { modules, packages };
}

/** Packages known to run in a browser as bundled (SheetJS's ESM build, iconv-lite's code tables as data, papaparse). */
const BROWSER_PACKAGES = new Set(['@e965/xlsx', 'iconv-lite/encodings/sbcs-data-generated.js', 'papaparse']);

describe('the check page needs no Node', () => {
  it.each(['src/client/check/check-page.ts', 'src/client/check/run-check.ts'])('%s imports no Node module, directly or not', (entry) => {
    const { modules, packages } = walk(join(root, entry));
    const node = [...packages].filter(([spec]) => spec.startsWith('node:') || ['fs', 'path', 'buffer', 'os', 'url', 'zlib', 'child_process'].includes(spec));
    expect(node.map(([, chain]) => chain.map((f) => (f.startsWith('/') ? relative(root, f) : f)).join(' → '))).toEqual([]);
    // And every package it takes is one that runs in a browser.
    expect([...packages.keys()].filter((spec) => !BROWSER_PACKAGES.has(spec))).toEqual([]);
    expect(modules.size).toBeGreaterThan(entry.endsWith('run-check.ts') ? 20 : 2);
  });
  it('the ingest stages the page runs are those the ingest runs', () => {
    const { modules } = walk(join(root, 'src/client/check/run-check.ts'));
    const stages = ['decode-text', 'parse-csv', 'read-report', 'locate-header', 'map-columns', 'validate-row', 'resolve-duplicates', 'check-row-shape', 'build-report'];
    for (const stage of stages) expect([...modules.keys()].some((f) => f.endsWith(`/src/pipeline/${stage}.ts`)), stage).toBe(true);
    expect([...modules.keys()].some((f) => f.endsWith('/src/core/read-workbook.ts'))).toBe(true);
  });
});
