// The build's stand-in for d3-scale-chromatic (scripts/vega-palettes.mjs): what Vega imports from
// it, with the package's own colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromatic from 'd3-scale-chromatic';
import { paletteModuleSource, vegaPalettes } from '../../scripts/vega-palettes.mjs';

const require = createRequire(import.meta.url);

test('gives Vega every scheme it imports from d3-scale-chromatic, with the same colours', async () => {
  // The file the build bundles (the package's only export).
  const vegaScale = readFileSync(require.resolve('vega-scale'), 'utf8');
  const importList = /import\s*{([^}]*)}\s*from\s*'d3-scale-chromatic'/.exec(vegaScale);
  assert.ok(importList, 'vega-scale imports schemes from d3-scale-chromatic');
  const imported = importList[1].split(',').map((name) => name.trim()).filter(Boolean);
  assert.ok(imported.length >= 10);
  const module = await import(`data:text/javascript,${encodeURIComponent(await paletteModuleSource())}`);
  for (const name of imported) assert.deepEqual(module[name], chromatic[name], name);
  // Only constant lists: nothing runs when the module loads.
  for (const value of Object.values(module)) assert.ok(Array.isArray(value) && value.every((colour) => /^#[0-9a-f]{6}$/.test(colour)));
});

test('stands in for d3-scale-chromatic only', async () => {
  const plugin = vegaPalettes();
  const id = plugin.resolveId('d3-scale-chromatic');
  assert.equal(typeof id, 'string');
  assert.equal(plugin.resolveId('d3-scale'), null);
  assert.equal(await plugin.load(id), await paletteModuleSource());
  assert.equal(plugin.load('d3-scale'), null);
});
