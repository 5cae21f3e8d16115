// The Custom Elements Manifest (made by `npm run build`) documents every element for editors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const tags = readdirSync(new URL('src/elements/', root)).filter((tag) => existsSync(new URL(`src/elements/${tag}/index.ts`, root)));

test('every element folder is in the manifest under its tag', () => {
  assert.deepEqual(declarations.map((d) => d.tagName).sort(), [...tags].sort());
});

test('attributes are kebab-case and described; the shared events are documented', () => {
  for (const element of declarations) {
    assert.ok(element.summary, `${element.tagName} has a summary`);
    for (const attribute of element.attributes ?? []) {
      assert.match(attribute.name, /^[a-z]+(-[a-z0-9]+)*$/, `${element.tagName} ${attribute.name}`);
      assert.ok(attribute.description, `${element.tagName} [${attribute.name}] is described`);
    }
    const events = (element.events ?? []).map((event) => event.name);
    for (const name of ['nordic-ready', 'nordic-error']) assert.ok(events.includes(name), `${element.tagName} documents ${name}`);
  }
});

test('package.json points tools at the manifest and exports one entry per element', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  for (const tag of tags) assert.ok(existsSync(new URL(`dist/elements/${tag}.js`, root)), `dist/elements/${tag}.js`);
});

test('the script-tag entry can load every element', () => {
  const autoload = readFileSync(new URL('src/autoload.ts', root), 'utf8');
  for (const tag of tags) assert.ok(autoload.includes(`'${tag}': () => import('./elements/${tag}/index.js')`), tag);
});
