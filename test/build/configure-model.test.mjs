// The configurator's pure logic: controls from the manifest's types, and embed code that is
// safe to paste whatever a reader types into a field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attributesToWrite, describeElements, elementHtml, embedCode, escapeAttribute, parseUnion } from '../../demo/configure-model.js';
import { PHRASE_KEYS, TEXT_LANGS, phrasesOf, pickLanguage, text } from '../../demo/configure-text.js';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

test('union types become choices; other types free fields', () => {
  assert.deepEqual(parseUnion("'grid' | 'list'"), ['grid', 'list']);
  assert.deepEqual(parseUnion('3 | 4 | undefined'), [3, 4]);
  assert.equal(parseUnion('string'), null);
  assert.equal(parseUnion('string | number | undefined'), null);
  assert.equal(parseUnion("'a' | string"), null);
});

test('every element of the manifest, every attribute with a control of the right kind', () => {
  const elements = describeElements(manifest);
  assert.deepEqual(elements.map((e) => e.tag).sort(), ['case-study-card', 'case-study-list', 'nordic-fact', 'nordic-lessons', 'nordic-migration-map', 'nordic-trend-chart']);
  const map = elements.find((e) => e.tag === 'nordic-migration-map');
  const kinds = Object.fromEntries(map.attributes.map((a) => [a.name, a.kind]));
  assert.equal(kinds.controls, 'boolean');
  assert.equal(kinds.view, 'choice');
  assert.equal(kinds.year, 'text');
  assert.deepEqual(map.attributes.find((a) => a.name === 'view').choices, ['map', 'table']);
  assert.equal(map.attributes.find((a) => a.name === 'view').defaultValue, 'map');
  for (const element of elements) {
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === element.tag);
    assert.deepEqual(element.attributes.map((a) => a.name), declared.attributes.map((a) => a.name), element.tag);
  }
});

test('values are escaped in the printed HTML; empty and unchecked attributes are left out', () => {
  const [fact] = describeElements(manifest).filter((e) => e.tag === 'nordic-fact');
  const written = attributesToWrite(fact, { fact: 'refugees', country: '', from: ' 1990 ', src: 'a"b<c>&d', theme: undefined });
  assert.deepEqual(written, [['fact', 'refugees'], ['from', '1990'], ['src', 'a"b<c>&d']]);
  assert.equal(elementHtml('nordic-fact', written), '<nordic-fact fact="refugees" from="1990" src="a&quot;b&lt;c&gt;&amp;d"></nordic-fact>');
  assert.equal(elementHtml('nordic-migration-map', [['controls', true]]), '<nordic-migration-map controls></nordic-migration-map>');
  assert.equal(escapeAttribute('"><script>'), '&quot;&gt;&lt;script&gt;');
  assert.throws(() => elementHtml('div onclick', []));
  assert.throws(() => elementHtml('nordic-fact', [['on click', 'x']]));
});

test('the embed code: the script tag with its hash, a blank line, the element', () => {
  assert.equal(
    embedCode({ src: 'https://cdn.example/x.js', integrity: 'sha384-abc', tag: 'nordic-fact', attributes: [['fact', 'refugees']] }),
    '<script type="module" src="https://cdn.example/x.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n\n<nordic-fact fact="refugees"></nordic-fact>',
  );
});

test("the configurator's own words exist in all six languages", () => {
  assert.deepEqual(TEXT_LANGS, ['en', 'sv', 'nb', 'da', 'fi', 'is']);
  for (const lang of TEXT_LANGS) assert.deepEqual(Object.keys(phrasesOf(lang)), PHRASE_KEYS, lang);
  assert.equal(pickLanguage('no'), 'nb');
  assert.equal(pickLanguage('sv-FI'), 'sv');
  assert.equal(pickLanguage('de'), 'en');
  assert.equal(text('fi', 'cdn', { version: '1.2.3' }), 'jsDelivr CDN, versio 1.2.3');
});
