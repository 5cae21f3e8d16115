// The packed tarball as an app's bundler sees it (npm test builds first): installed into an app's
// node_modules beside its dependencies, one element imported and bundled with esbuild; one such app
// runs in Chromium with its data where setDataPath says. Then publint and arethetypeswrong check
// the same tarball.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
let work;
let tarball;
let app;
let installed;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'nordic-pack-'));
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  tarball = join(work, pack.filename);
  // The app: the package extracted as npm would install it, and each of its dependencies (only
  // those, so an import the package does not declare fails to resolve) from this repository's install.
  app = join(work, 'app');
  installed = join(app, 'node_modules/nordic-integration-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` as the app's entry; returns esbuild's metafile and the output files' text (`write`: also into app/out/). */
async function bundleApp(source, { write = false } = {}) {
  writeFileSync(join(app, 'app.js'), source);
  rmSync(join(app, 'out'), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['app.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: join(app, 'out'),
    write,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), outputs: result.outputFiles?.filter((file) => file.path.endsWith('.js')) };
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

test('no module of the npm build has the `new URL(…, import.meta.url)` form bundlers resolve as an asset', () => {
  // Vite, webpack 5 and Parcel read `new URL(x, import.meta.url)` as a file to bundle: on the data
  // folder Vite warns, and webpack, when x is a variable, makes a module that throws at run time.
  const assetForm = /new\s+URL\s*\([^()]*,\s*import\.meta\.url\s*\)/;
  const modules = readdirSync(join(installed, 'dist/npm'), { recursive: true }).filter((path) => path.endsWith('.js'));
  assert.ok(modules.includes(join('core', 'data-url.js')), 'the npm build has its data-url module');
  assert.deepEqual(modules.filter((path) => assetForm.test(readFileSync(join(installed, 'dist/npm', path), 'utf8'))), []);
});

test('a bundled app that copies the data and calls setDataPath shows a card with its data, in Chromium', async () => {
  // The README's recipe: copy dist/data to the app's public folder, say where with setDataPath.
  cpSync(join(installed, 'dist/data'), join(app, 'public/nordic-data'), { recursive: true });
  await bundleApp(
    [
      "import { getDataPath, setDataPath } from 'nordic-integration-widgets/data-path.js';",
      "import 'nordic-integration-widgets/elements/case-study-card.js';",
      "setDataPath('/nordic-data');",
      'window.dataPath = getDataPath();',
      "addEventListener('nordic-error', (event) => (window.nordicError = event.detail.message));",
    ].join('\n'),
    { write: true },
  );
  cpSync(join(app, 'out'), join(app, 'public/out'), { recursive: true });
  writeFileSync(join(app, 'public/index.html'), '<!doctype html><html lang="en"><body><case-study-card case="krokom"></case-study-card><script type="module" src="/out/app.js"></script></body></html>');
  const { region } = JSON.parse(readFileSync(join(app, 'public/nordic-data/case-studies/en.json'), 'utf8')).cases.find((study) => study.id === 'krokom');
  const { server, port } = await startServer({ rootDir: join(app, 'public'), listenPort: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    // The card's text comes from the data file: the region is nowhere in the page or the code.
    await page.waitForFunction((text) => window.nordicError || document.querySelector('case-study-card')?.shadowRoot?.textContent?.includes(text), region, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.nordicError), undefined, 'no nordic-error');
    assert.equal(await page.evaluate(() => window.dataPath), `http://127.0.0.1:${port}/nordic-data/`, 'a missing final slash is added');
    assert.ok(fetched.includes('/nordic-data/case-studies/en.json'), fetched.join(', '));
  } finally {
    await browser.close();
    server.close();
  }
});

test('publint and arethetypeswrong (ESM only) pass on the tarball', () => {
  execFileSync(bin('publint'), [tarball, '--strict'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  // --profile esm-only: the package is ESM only ("type": "module", no require entry), so CommonJS
  // and node10 resolutions are not checked; every ESM and bundler resolution must find types.
  execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
});
