// The build's stand-in for d3-scale-chromatic (scripts/vega-palettes.mjs): what Vega imports from
// it, with the package's own colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromatic from 'd3-scale-chromatic';
import * as vegaScaleAsShipped from 'vega-scale';
import { lazySchemes, paletteModuleSource, vegaPalettes } from '../../scripts/vega-palettes.mjs';

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

test("makes each of vega-scale's continuous schemes on first use, the same as the package makes them", async () => {
  const file = require.resolve('vega-scale');
  const shipped = readFileSync(file, 'utf8');
  const { code, map } = lazySchemes(shipped);
  assert.ok(map.mappings.length > 0, 'with a source map');
  assert.deepEqual(vegaPalettes().transform(shipped, file), { code, map }, 'the plugin changes vega-scale...');
  assert.equal(vegaPalettes().transform(shipped, '/x/node_modules/vega-util/build/vega-util.js'), null, '...and nothing else');
  assert.throws(() => lazySchemes('const schemes = {};'), /vega-scale no longer builds/);
  // Load the changed module (its imports resolved from here) beside the package's own.
  const resolved = code.replace(/from '([^'.][^']*)'/g, (_, name) => `from '${import.meta.resolve(name)}'`);
  const folder = mkdtempSync(join(tmpdir(), 'lazy-schemes-'));
  try {
    writeFileSync(join(folder, 'vega-scale.mjs'), resolved);
    const lazy = await import(pathToFileURL(join(folder, 'vega-scale.mjs')).href);
    const names = [.../const continuous = {([^}]*)}/.exec(shipped)[1].matchAll(/^\s*(\w+):/gm)].map((match) => match[1]);
    assert.ok(names.length >= 40, `${names.length} continuous schemes`);
    for (const name of names) {
      const scheme = lazy.scheme(name);
      assert.equal(typeof scheme, 'function', name);
      assert.equal(lazy.scheme(name), scheme, `${name}: made once`);
      for (const t of [0, 0.25, 0.5, 1]) assert.equal(scheme(t), vegaScaleAsShipped.scheme(name)(t), `${name}(${t})`);
    }
    assert.deepEqual(lazy.scheme('category10'), vegaScaleAsShipped.scheme('category10'), 'categorical schemes as before');
    // A scheme registered under a built-in name replaces it, read before or not.
    const custom = () => '#000000';
    lazy.scheme('blueGreen', custom);
    assert.equal(lazy.scheme('bluegreen'), custom);
    lazy.scheme('redBlue');
    lazy.scheme('redBlue', custom);
    assert.equal(lazy.scheme('redblue'), custom);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
