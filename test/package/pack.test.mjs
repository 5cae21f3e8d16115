// What `npm pack` would publish (read from `npm pack --dry-run --json`; npm test builds first):
// both builds, types, the editor files, the licence and data notice, the data, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectSources, dataFiles } from '../../scripts/data-notice.mjs';
import { allowedValues, elementsOf } from '../../scripts/editor-data.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((file) => file.path));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packed = (path) => readFileSync(join(root, path), 'utf8');
const tags = readdirSync(join(root, 'src/elements')).filter((tag) => existsSync(join(root, `src/elements/${tag}/index.ts`)));
const elements = elementsOf(JSON.parse(packed('custom-elements.json')));

test('the licence, data notice, manifest, editor files, README and types are in the package', () => {
  for (const path of ['LICENSE', 'DATA-NOTICE.md', 'README.md', 'package.json', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'dist/types/src/index.d.ts', 'dist/types/react.d.ts']) {
    assert.ok(files.has(path), path);
  }
  assert.match(packed('LICENSE'), /^MIT License\n/);
  assert.equal(pkg.license, 'MIT');
});

test('every export and package.json entry point names a packed file, for every element', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(pkg.exports);
  const expanded = targets.flatMap((target) => (target.includes('*') ? (target.includes('/data/') ? [] : tags.map((tag) => target.replace('*', tag))) : [target]));
  for (const target of expanded) assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is packed`);
  // The npm build and the CDN build both ship every element.
  for (const tag of tags) {
    assert.ok(files.has(`dist/npm/elements/${tag}/index.js`), `npm build: ${tag}`);
    assert.ok(files.has(`dist/elements/${tag}.js`), `CDN build: ${tag}`);
  }
  assert.equal(pkg.exports['./cdn'].default, './dist/nordic-integration-widgets.js');
});

test('every module path and reference in the shipped custom-elements.json names a packed file of the npm build', () => {
  const manifest = JSON.parse(packed('custom-elements.json'));
  const named = new Set();
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value);
    return value;
  });
  assert.ok(named.size >= tags.length * 2, `${named.size} paths`);
  const missing = [...named].filter((path) => !files.has(path));
  assert.deepEqual(missing, [], 'every manifest path is in the package');
  assert.ok([...named].every((path) => path.startsWith('dist/npm/')), 'all point at the npm build');
  // Each element's class declaration sits in a shipped module.
  for (const element of elements) assert.ok(manifest.modules.some((module) => module.declarations?.some((d) => d.tagName === element.tag) && files.has(module.path)), element.tag);
});

test('the data files are packed, without the raw inputs, tests, benchmarks, scripts or sources', () => {
  for (const file of dataFiles(join(root, 'data'))) {
    const path = `dist/${file.slice(root.length).split('\\').join('/')}`;
    assert.ok(files.has(path), path);
  }
  for (const path of ['dist/data/README.md', 'dist/data/schemas/indicator.schema.json']) assert.ok(files.has(path), path);
  const forbidden = [...files].filter((path) => /^(src|test|bench|scripts|demo|xliff|data|node_modules)\//.test(path) || path.includes('/raw/') || /\.test\.|tsconfig|rollup\.config/.test(path));
  assert.deepEqual(forbidden, []);
});

test('dependencies are exactly the packages the npm build imports; the rest are dev dependencies', async () => {
  // esbuild reads every module of the npm build and lists the packages it imports by name.
  const entryPoints = [...files].filter((path) => path.startsWith('dist/npm/') && path.endsWith('.js')).map((path) => join(root, path));
  const { metafile } = await build({ entryPoints, bundle: true, packages: 'external', format: 'esm', splitting: true, outdir: join(root, 'dist/.unused'), write: false, metafile: true, logLevel: 'silent' });
  const imported = new Set();
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (external) imported.add(path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
    }
  }
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), [...imported].sort());
  assert.ok(imported.has('lit') && imported.has('@lit/localize') && imported.has('vega-view'), 'the npm build imports lit and Vega by name');
  for (const name of ['vega', 'vega-lite', 'vega-embed', 'vega-parser']) assert.ok(pkg.devDependencies[name], `${name} is only used at build time`);
});

test('DATA-NOTICE.md names every cited data set with its publisher, licence and address', () => {
  const notice = packed('DATA-NOTICE.md');
  const { datasets, publications } = collectSources(join(root, 'data'));
  assert.ok(datasets.length >= 20 && publications.length >= 10, `${datasets.length} data sets, ${publications.length} publications`);
  const rows = notice.split('\n');
  for (const { source } of datasets) {
    const row = rows.find((line) => line.includes(`<${source.url}>`) && line.startsWith(`| ${source.publisher.replace(/\|/g, '\\|')} |`) && line.includes(source.table ?? ''));
    assert.ok(row, `${source.publisher} ${source.table}`);
    assert.ok(row.includes(`| ${source.licence.replace(/\|/g, '\\|')} |`), `licence of ${source.publisher}`);
  }
  for (const { source } of publications) assert.ok(notice.includes(`<${source.url}>`), source.url);
});

test('VS Code custom data and web-types have every tag and attribute of the manifest, with allowed values', () => {
  const vscode = JSON.parse(packed('vscode.html-custom-data.json'));
  const webTypes = JSON.parse(packed('web-types.json'));
  assert.deepEqual(elements.map((element) => element.tag), [...tags].sort());
  assert.deepEqual(vscode.tags.map((tag) => tag.name), [...tags].sort());
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name), [...tags].sort());
  let withValues = 0;
  for (const element of elements) {
    const code = vscode.tags.find((tag) => tag.name === element.tag);
    const jetbrains = webTypes.contributions.html.elements.find((tag) => tag.name === element.tag);
    assert.ok(code.description.value.startsWith(element.summary) && jetbrains.description.startsWith(element.summary), element.tag);
    assert.deepEqual(jetbrains.events.map((event) => event.name).sort(), element.events.map((event) => event.name).sort());
    for (const attribute of element.attributes) {
      const inCode = code.attributes.find((a) => a.name === attribute.name);
      const inJetbrains = jetbrains.attributes.find((a) => a.name === attribute.name);
      assert.ok(inCode && inJetbrains, `${element.tag} [${attribute.name}]`);
      assert.ok(inCode.description.value.startsWith(attribute.description), `${element.tag} [${attribute.name}] described`);
      const values = allowedValues(attribute.type);
      assert.deepEqual(inCode.values?.map((v) => v.name), values, `${element.tag} [${attribute.name}] values`);
      assert.deepEqual(inJetbrains.values?.map((v) => v.name), values);
      if (values) withValues++;
    }
  }
  // `theme` at least lists its values on every element.
  assert.ok(withValues >= tags.length, `${withValues} attributes list their values`);
  for (const tag of vscode.tags) assert.deepEqual(tag.attributes.find((a) => a.name === 'theme').values.map((v) => v.name), ['auto', 'light', 'dark']);
});

test('package.json points JetBrains at web-types, and the README at the VS Code data', () => {
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(packed('README.md').includes('vscode.html-custom-data.json'));
});

test('allowedValues reads unions of literals only', () => {
  assert.deepEqual(allowedValues("'auto' | 'light' | 'dark'"), ['auto', 'light', 'dark']);
  assert.deepEqual(allowedValues('2 | 3 | 4 | undefined'), ['2', '3', '4']);
  assert.equal(allowedValues('string'), undefined);
  assert.equal(allowedValues("'a' | string"), undefined);
});
