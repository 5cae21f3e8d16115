import { isAbsolute } from 'node:path';
import { readdirSync, existsSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import type { RollupOptions, Plugin } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollupJsonModules } from './scripts/json-modules.mjs';
import { vegaPalettes } from './scripts/vega-palettes.mjs';

/** Every element folder with an `index.ts` becomes its own entry, `dist/elements/<tag>.js`. */
const elements = existsSync('src/elements')
  ? readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/index.ts`))
  : [];

/** NORDIC_DIST builds elsewhere (parallel work, benchmarks); default `dist/`. */
const outDir = process.env.NORDIC_DIST ?? 'dist';

const elementInputs = Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/index.ts`]));
// The script-tag entry loads each element when its tag appears; `index` registers all.
const input: Record<string, string> = { 'nordic-integration-widgets': 'src/autoload.ts', index: 'src/index.ts', ...elementInputs };

/** Empties the output folder first, so no chunk of an earlier build lingers in dist/. */
function cleanOutput(): Plugin {
  return { name: 'clean-output', buildStart: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Copies the committed data files into `dist/data/`, beside the bundle that loads them (not the raw inputs in `data/raw/`). */
function copyData(): Plugin {
  return {
    name: 'copy-data',
    writeBundle() {
      mkdirSync(`${outDir}/data`, { recursive: true });
      cpSync('data', `${outDir}/data`, { recursive: true, filter: (path) => !/^data[\\/]raw([\\/]|$)/.test(path) });
    },
  };
}

/** The build-time transforms both builds share: compiled Vega specs, JSON, minified lit templates. */
const sourcePlugins = (): Plugin[] => [
  rollupJsonModules(),
  json({ exclude: ['**/*.vl.json', '**/*.schema.json'], preferConst: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // Whitespace in lit's html`` and css`` templates is most of a small element's bytes.
  // conservativeCollapse keeps one space where the source had any: ` (${table})` must keep its space.
  minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
];

/**
 * Vega in three layers, each a chunk that only imports the layers below it: d3 and vega-util;
 * the dataflow, scales and scenegraph; the view, parser and transforms. Evaluated as one module,
 * the 360 kB took a task of 80–130 ms on a phone-class CPU.
 */
function vegaLayer(id: string): string | undefined {
  // Our dynamic entry points into Vega live in the Vega chunks themselves, so `import()` fetches
  // those files at once instead of a small wrapper that then asks for them (one round trip less).
  if (/src\/core\/(vega-runtime|geo-path-transform)\.ts$/.test(id)) return 'vega';
  if (/src\/elements\/nordic-migration-map\/geo-runtime\.ts$|src\/core\/planar-path\.ts$/.test(id)) return 'vega-base';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  if (!pkg) return undefined;
  if (/^(d3-|internmap$|delaunator$|robust-predicates$|topojson-client$|vega-util$|vega-canvas$)/.test(pkg)) return 'vega-base';
  if (/^vega-(time|format|loader|dataflow|scale|scenegraph|statistics|projection)$/.test(pkg)) return 'vega-scene';
  if (pkg.startsWith('vega-')) return 'vega';
  return undefined;
}

/** A top-level await at the start of a chunk: what it imports is evaluated in the task before its own code. */
const YIELD_FIRST = 'await (globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve)));';

/**
 * Dynamic imports of Vega and of an element's code also ask, in the same breath, for the chunks
 * the target imports statically: otherwise the browser finds those only once the target has
 * arrived and been parsed (a round trip more). Each is then evaluated as it arrives, in a task of its
 * own. Limited to those targets, so the card page's chunks do not grow.
 */
function fetchImportsTogether(): Plugin {
  const isHeavyTarget = (chunk: { name: string; moduleIds: string[] }) =>
    chunk.name.startsWith('vega') || chunk.moduleIds.some((id) => /src\/elements\/[\w-]+\/(index|define)\.ts$/.test(id));
  return {
    name: 'fetch-imports-together',
    renderDynamicImport({ targetChunk, getTargetChunkImports }) {
      if (!targetChunk || !isHeavyTarget(targetChunk)) return null;
      const imports = (getTargetChunkImports() ?? []).filter((dependency) => dependency.type === 'internal');
      if (!imports.length) return null;
      return { left: `(${imports.map((dependency) => `import(${dependency.resolvedImportPath}).catch(() => {}),`).join('')}import(`, right: '))' };
    },
  };
}

/** The CDN build (script tag): everything bundled and minified, each element a file loaded on first use. */
const cdn: RollupOptions = {
  input: { ...input, 'intl-worker': 'src/core/intl-worker.ts' },
  output: {
    dir: outDir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Chunks sit at the top of dist/, beside data/, so `import.meta.url` finds the data.
    // An element whose entry adds to its registration (the map adds Vega) has its code in a chunk
    // shared with index.js, named after the element rather than after `define.ts`.
    chunkFileNames: (chunk) => {
      const element = chunk.name === 'define' && chunk.moduleIds.map((id) => /src\/elements\/([\w-]+)\/define\.ts$/.exec(id)?.[1]).find(Boolean);
      return `${element || '[name]'}-[hash].js`;
    },
    manualChunks: vegaLayer,
    // The second and third Vega chunks start by giving the main thread back, so the three are
    // evaluated in three tasks rather than one long one (a module already evaluated is not run again).
    // So does the chart's entry: its own code after lit and the shared chunks, in a task of its own.
    intro: (chunk) => (['vega-scene', 'vega', 'elements/nordic-trend-chart'].includes(chunk.name) ? YIELD_FIRST : ''),
  },
  // Entries may export more than their own names: rollup can then keep an element's code in its
  // own entry file instead of a shared chunk behind a re-export (one request less per element).
  preserveEntrySignatures: 'allow-extension',
  treeshake: {
    // @lit/localize's runtime and transform set-ups run code at import time; we install our own
    // msg implementation (src/core/localization.ts), so what they would set up is never used.
    moduleSideEffects: (id) => !/@lit\/localize\/(init\/(runtime|transform)|internal\/locale-status-event)\.js$/.test(id),
  },
  plugins: [
    cleanOutput(),
    fetchImportsTogether(),
    replace({
      preventAssignment: true,
      include: ['src/core/data-url.ts'],
      // Chunks sit at the top of dist/, beside data/. Nothing bundles the CDN build again, so it
      // takes the shorter `new URL(…, import.meta.url)` form that data-url.ts avoids for bundlers.
      values: { "'../../data/' /* data-base-marker */, moduleUrl": "'./data/', import.meta.url" },
      delimiters: ['', ''],
    }),
    // The map's entry sits in dist/elements/ and preloads the geometry from dist/data/ (its index.ts);
    // the file is the one core/datasets/topology.ts loads (test/dist/map-preload.test.ts checks both agree).
    replace({
      preventAssignment: true,
      include: ['src/elements/nordic-migration-map/index.ts'],
      values: { "'' /* geometry-preload-marker */": "'../data/municipalities.projected.topo.json'" },
      delimiters: ['', ''],
    }),
    // The CDN build ships the Intl warm-up worker beside data/ (core/intl-warm-up.ts).
    replace({
      preventAssignment: true,
      include: ['src/core/intl-warm-up.ts'],
      values: { "'' /* intl-worker-marker */": "'../intl-worker.js'" },
      delimiters: ['', ''],
    }),
    vegaPalettes(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    ...sourcePlugins(),
    terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3 } }),
    copyData(),
  ],
  onwarn(warning, warn) {
    // d3 and vega have harmless circular imports.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};

/**
 * The npm build (`dist/npm/`, what `import 'nordic-integration-widgets'` gets): one file per source
 * module, unminified, importing lit, @lit/localize and the Vega packages by name, so the app's
 * bundler keeps one copy of each and takes only the elements it imports. Its `core/data-url.js`
 * sits two levels under `dist/`, so the data default to `dist/data/`, the CDN build's copy.
 */
const npm: RollupOptions = {
  // data-path.ts (setDataPath) is npm only: in the CDN build its export would put the setter into
  // the chunk every card page loads, and script-tag users keep the data beside dist/ anyway.
  input: ['src/index.ts', 'src/autoload.ts', 'src/data-path.ts', ...Object.values(elementInputs)],
  external: (id) => /^[^./\0]/.test(id) && !isAbsolute(id),
  output: { dir: `${outDir}/npm`, format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  plugins: sourcePlugins(),
};

export default [cdn, npm];
