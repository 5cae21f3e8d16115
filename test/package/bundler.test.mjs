// The packed tarball as an app's bundler sees it (npm test builds first): installed into an app's
// node_modules beside its dependencies, one element imported and bundled with esbuild. Then
// publint and arethetypeswrong check the same tarball.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
let work;
let tarball;
let app;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'nordic-pack-'));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  tarball = join(work, pack.filename);
  // The app: the package extracted as npm would install it, and each of its dependencies (only
  // those, so an import the package does not declare fails to resolve) from this repository's install.
  app = join(work, 'app');
  const installed = join(app, 'node_modules/nordic-integration-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` as the app's entry; returns esbuild's metafile and the output files' text. */
async function bundleApp(source) {
  writeFileSync(join(app, 'app.js'), source);
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['app.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: join(app, 'out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), outputs: result.outputFiles.filter((file) => file.path.endsWith('.js')) };
}

test('an app that imports the card and uses lit itself gets one copy of lit and no Vega', async () => {
  const { inputs, outputs } = await bundleApp(
    [
      "import { LitElement, html } from 'lit';",
      "import { CaseStudyCard } from 'nordic-integration-widgets/elements/case-study-card.js';",
      "customElements.define('app-shell', class extends LitElement { render() { return html`<case-study-card case=\"krokom\"></case-study-card>`; } });",
      'console.log(CaseStudyCard.name);',
    ].join('\n'),
  );
  const code = outputs.map((file) => file.text).join('\n');
  // Every lit module comes from one installed copy, and lit-html registered its version once.
  const litCopies = new Set(inputs.filter((input) => /(^|\/)lit-html\//.test(input)).map((input) => input.slice(0, input.lastIndexOf('lit-html/'))));
  assert.equal(litCopies.size, 1, [...litCopies].join(', '));
  assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'lit-html appears once in the bundle');
  assert.ok(inputs.some((input) => input.includes('nordic-integration-widgets/dist/npm/elements/case-study-card/')), 'the card comes from the npm build');
  assert.deepEqual(inputs.filter((input) => /nordic-integration-widgets\/dist\/(?!npm\/)/.test(input)), [], 'nothing of the CDN build');
  // No Vega, d3 or TopoJSON in any file of the app, not even one loaded later.
  assert.deepEqual(inputs.filter((input) => /node_modules\/(vega|d3-|topojson)/.test(input) || /\/(vega-|geo-)/.test(input)), []);
  const entry = outputs.find((file) => file.path.endsWith('/app.js'));
  const bytes = gzipSync(entry.text).length;
  const total = outputs.reduce((sum, file) => sum + gzipSync(file.text).length, 0);
  console.log(`# card app: ${outputs.length} files, entry ${entry.text.length} B (${bytes} B gzip), all ${total} B gzip`);
});

test('an app that imports the chart gets Vega from its own node_modules, once, loaded when the chart draws', async () => {
  const { inputs, outputs } = await bundleApp("import 'nordic-integration-widgets/elements/nordic-trend-chart.js';\n");
  const vegaView = inputs.filter((input) => input.includes('vega-view/'));
  assert.ok(vegaView.length > 0, 'vega-view is bundled');
  assert.equal(new Set(vegaView.map((input) => input.slice(0, input.indexOf('vega-view/')))).size, 1);
  // The entry file itself has no Vega: it arrives in a chunk the chart imports when it draws.
  const entry = outputs.find((file) => file.path.endsWith('/app.js'));
  assert.ok(!/\bvega-view\b|new View\(/.test(entry.text) && !entry.text.includes('geopathparsed'), 'no Vega in the entry');
});

test('publint and arethetypeswrong (ESM only) pass on the tarball', () => {
  execFileSync(bin('publint'), [tarball, '--strict'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  // --profile esm-only: the package is ESM only ("type": "module", no require entry), so CommonJS
  // and node10 resolutions are not checked; every ESM and bundler resolution must find types.
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
});
