// The worked example in docs/partner-data.md is made of real rows: each figure and the source are
// those of data/indicators/<id>.json for the same municipality and year (no invented figures),
// and the example is a valid partner file for the indicator schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from '../../src/core/json-schema.js';

const root = new URL('../../', import.meta.url);
const guide = readFileSync(new URL('docs/partner-data.md', root), 'utf8');
const block = /<!-- partner-example -->\s*```json\n([\s\S]*?)\n```/.exec(guide);

test('the example in the partner data guide takes its figures and source from the built-in file', () => {
  assert.ok(block, 'docs/partner-data.md has the marked JSON example');
  const example = JSON.parse(block[1]);
  const real = JSON.parse(readFileSync(new URL(`data/indicators/${example.id}.json`, root), 'utf8'));
  assert.equal(example.unit, real.unit);
  for (const [lang, label] of Object.entries(example.label)) assert.equal(label, real.label[lang], `label.${lang}`);
  let figures = 0;
  for (const [id, row] of Object.entries(example.values)) {
    example.years.forEach((year, i) => {
      assert.equal(row[i], real.values[id][real.years.indexOf(year)], `${id} ${year}`);
      if (row[i] !== null) figures++;
    });
  }
  assert.ok(figures >= 4, 'the example shows figures');
  for (const source of example.sources) assert.ok(real.sources.some((s) => JSON.stringify(s) === JSON.stringify(source)), source.publisher);
});

test('the example is a valid partner indicator file', () => {
  const schema = JSON.parse(readFileSync(new URL('data/schemas/indicator.schema.json', root), 'utf8'));
  assert.deepEqual(validate(schema, JSON.parse(block[1])), []);
});
