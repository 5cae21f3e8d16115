// The element reference in docs/elements/ is what custom-elements.json gives now (`npm run docs`
// rewrites it). Fails when an attribute, event, part or description changed without the docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { referenceFiles, elementDoc, declarationsOf } from '../../scripts/element-docs.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const dir = new URL('docs/elements/', root);

test('docs/elements/ holds exactly the files the manifest gives, each as committed (run `npm run docs` after changing an element)', () => {
  const expected = referenceFiles(manifest);
  assert.deepEqual(readdirSync(dir).sort(), [...expected.keys()].sort());
  for (const [name, contents] of expected) assert.equal(readFileSync(new URL(name, dir), 'utf8'), contents, `docs/elements/${name} is stale: run npm run docs`);
});

test('a page lists every attribute, documented event, slot, part and custom property of its element', () => {
  for (const [tag, declaration] of declarationsOf(manifest)) {
    const page = readFileSync(new URL(`${tag}.md`, dir), 'utf8');
    const names = [
      ...(declaration.attributes ?? []).map((a) => a.name),
      ...(declaration.events ?? []).filter((e) => e.description).map((e) => e.name),
      ...(declaration.cssParts ?? []).map((p) => p.name),
      ...(declaration.cssProperties ?? []).map((p) => p.name),
      ...(declaration.slots ?? []).map((s) => s.name).filter(Boolean),
    ];
    assert.ok(names.length > 5, tag);
    for (const name of names) assert.ok(page.includes(`| \`${name}\` |`), `${tag}.md lists ${name}`);
  }
});

test('the base class plumbing (an event named from a variable) stays out', () => {
  const [, declaration] = [...declarationsOf(manifest)][0];
  assert.ok((declaration.events ?? []).some((e) => e.name === 'type'), 'the analyzer still reports the `type` event (else drop this filter)');
  assert.doesNotMatch(elementDoc(declaration, ''), /\| `type` \|/);
});
