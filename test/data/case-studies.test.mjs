// Tests of the learning-example data (scripts/case-studies/cases.source.json) and its builder
// (scripts/lib/build-case-studies.mjs). Run: node --test test/data/
//
// The full build uses data/municipalities.topo.json (made by `npm run data`). To try the builder
// against another topology, set CASE_STUDIES_TOPOLOGY=/path/to/municipalities.topo.json.

import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';
import {
  buildCaseStudies, SOURCE_FILE, LANGS, CASE_METHODS, LOCATOR_MAX_BYTES,
} from '../../scripts/lib/build-case-studies.mjs';

const ROOT = new URL('../../', import.meta.url);
const TOPOLOGY_FILE = process.env.CASE_STUDIES_TOPOLOGY
  ? new URL(`file://${process.env.CASE_STUDIES_TOPOLOGY}`)
  : new URL('data/municipalities.topo.json', ROOT);
const BUILT = '2026-11-25';

const EXPECTED = {
  naeroy: ['NO-5060'], // Nærøy + Vikna → Nærøysund (2020)
  heroy: ['NO-1818'], // Herøy in Nordland (NO-1515 is the Herøy in Møre og Romsdal)
  gloppen: ['NO-4650'],
  berg: ['NO-5530'], // Berg → Senja (2020), Senja renumbered 5421 → 5530 (2024)
  nesna: ['NO-1828'],
  krokom: ['SE-2309'],
  are: ['SE-2321'],
  sunne: ['SE-1766'],
  punkalaidun: ['FI-619'],
  narpes: ['FI-545'],
  frederikshavn: ['DK-813'],
  isafjardarbaer: ['IS-isafjardarbaer'],
  klaksvik: [], // Faroe Islands: no municipality polygon
};
/** Cases for which FACTS.md has no VERIFIED figure that fits CaseOutcome (value, unit, year). */
const WITHOUT_FIGURES = ['berg', 'nesna', 'frederikshavn'];

const PATH_RE = /^(M\d+(\.\d)? \d+(\.\d)?(L\d+(\.\d)? \d+(\.\d)?)+Z)+$/;

let source;
before(async () => {
  source = JSON.parse(await readFile(SOURCE_FILE, 'utf8'));
});

async function loadTopology() {
  try {
    await access(TOPOLOGY_FILE);
  } catch {
    assert.fail(`${TOPOLOGY_FILE.pathname} does not exist: run \`npm run data\` first ` +
      '(or set CASE_STUDIES_TOPOLOGY to a municipalities TopoJSON file)');
  }
  return JSON.parse(await readFile(TOPOLOGY_FILE, 'utf8'));
}

/** A tiny hand-made topology: one unit square per id, all in the same country. */
function squareTopology(ids) {
  return {
    type: 'Topology',
    arcs: ids.map((_, i) => [[i * 2, 60], [i * 2 + 1, 60], [i * 2 + 1, 61], [i * 2, 61], [i * 2, 60]]),
    objects: {
      municipalities: {
        type: 'GeometryCollection',
        geometries: ids.map((id, i) => ({
          type: 'Polygon', id, arcs: [[i]],
          properties: { name: id, country: id.slice(0, 2), code: id.slice(3) },
        })),
      },
    },
  };
}

const sentences = (s) => s.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÞÐÍÁÉÚÓ“"«»„])/u).length;

describe('cases.source.json', () => {
  test('has the 13 learning examples with the expected ids and municipality ids', () => {
    assert.deepEqual(source.cases.map((c) => c.id), Object.keys(EXPECTED));
    for (const c of source.cases) assert.deepEqual(c.municipalityIds, EXPECTED[c.id], c.id);
  });

  test('every case has English and Swedish region, summary and outcome definitions', () => {
    for (const c of source.cases) {
      for (const lang of ['en', 'sv']) {
        assert.ok(c.region[lang]?.trim(), `${c.id}: region.${lang}`);
        assert.ok(c.summary[lang]?.trim(), `${c.id}: summary.${lang}`);
        c.outcomes.forEach((o, i) => assert.ok(o.definition[lang]?.trim(), `${c.id}: outcomes[${i}].definition.${lang}`));
      }
      const n = sentences(c.summary.en);
      assert.ok(n >= 2 && n <= 3, `${c.id}: English summary should have 2–3 sentences, has ${n}`);
    }
  });

  test('texts use only the supported languages', () => {
    for (const c of source.cases) {
      const texts = [c.region, c.summary, ...c.outcomes.map((o) => o.definition)];
      for (const t of texts) for (const k of Object.keys(t)) assert.ok(LANGS.includes(k), `${c.id}: language ${k}`);
    }
  });

  test('every case has at least one outcome figure, except those FACTS.md gives none for', () => {
    for (const c of source.cases) {
      if (WITHOUT_FIGURES.includes(c.id)) {
        assert.equal(c.outcomes.length, 0, `${c.id} now has outcomes: remove it from WITHOUT_FIGURES`);
        assert.ok(c.sources.length >= 1, `${c.id}: needs at least one source`);
      } else {
        assert.ok(c.outcomes.length >= 1, `${c.id}: needs at least one outcome`);
      }
      for (const o of c.outcomes) {
        assert.ok(Number.isFinite(o.value) && Number.isInteger(o.year), `${c.id}: outcome value/year`);
        assert.ok(['percent', 'persons'].includes(o.unit), `${c.id}: outcome unit`);
        if (o.unit === 'percent') assert.ok(o.value >= 0 && o.value <= 100, `${c.id}: percent in 0..100`);
      }
    }
  });

  test('every case has at least one source with an http(s) address', () => {
    for (const c of source.cases) {
      assert.ok(c.sources.length >= 1, c.id);
      for (const id of c.sources) assert.match(source.sources[id]?.url ?? '', /^https?:\/\/\S+$/, `${c.id}: ${id}`);
    }
  });

  test('all source ids resolve', () => {
    for (const c of source.cases) {
      for (const id of c.sources) assert.ok(source.sources[id], `${c.id}: ${id} not in catalogue`);
      const cited = [...c.outcomes.flatMap((o) => o.sources), ...(c.population?.sources ?? [])];
      for (const id of cited) assert.ok(c.sources.includes(id), `${c.id}: ${id} cited but not in the case's sources`);
    }
    for (const id of Object.keys(source.sources)) assert.match(id, /^S\d+$/);
  });

  test('Krokom carries both conflicting employment figures, each with its own source', () => {
    const krokom = source.cases.find((c) => c.id === 'krokom');
    const f56 = krokom.outcomes.find((o) => o.value === 56 && o.unit === 'percent');
    const f63 = krokom.outcomes.find((o) => o.value === 63 && o.unit === 'percent');
    assert.ok(f56 && f63, 'both 56 % and 63 % must be present');
    assert.deepEqual(f56.sources, ['S25']);
    assert.deepEqual(f63.sources, ['S26']);
    assert.notEqual(f56.definition.en, f63.definition.en);
  });

  test('merged Norwegian municipalities say so in the text', () => {
    const byId = Object.fromEntries(source.cases.map((c) => [c.id, c]));
    for (const lang of ['en', 'sv']) {
      assert.match(byId.naeroy.summary[lang], /Nærøysund/);
      assert.match(byId.naeroy.summary[lang], /2020/);
      assert.match(byId.berg.summary[lang], /Senja/);
      assert.match(byId.berg.summary[lang], /2020/);
    }
  });

  test('methods come from the CaseMethod taxonomy in src/core/data-types.ts', async () => {
    const ts = await readFile(new URL('src/core/data-types.ts', ROOT), 'utf8');
    const union = ts.match(/export type CaseMethod\s*=([^;]+);/)?.[1] ?? '';
    const taxonomy = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    assert.deepEqual([...CASE_METHODS].sort(), [...taxonomy].sort(), 'builder list matches data-types.ts');
    for (const c of source.cases) {
      assert.ok(c.methods.length >= 1, `${c.id}: at least one method`);
      for (const m of c.methods) assert.ok(taxonomy.includes(m), `${c.id}: ${m}`);
    }
  });
});

describe('buildCaseStudies() with a hand-made topology', () => {
  const krokomOnly = (patch) => ({
    ...source,
    cases: [{ ...source.cases.find((c) => c.id === 'krokom'), ...patch }],
  });

  test('throws on an unknown municipality id', async () => {
    await assert.rejects(
      buildCaseStudies({ topology: squareTopology(['SE-2309']), built: BUILT, source: krokomOnly({ municipalityIds: ['SE-9999'] }) }),
      (err) => /SE-9999/.test(err.message) && /topology\.objects\.municipalities/.test(err.message),
    );
  });

  test('throws on an unknown source id', async () => {
    await assert.rejects(
      buildCaseStudies({ topology: squareTopology(['SE-2309']), built: BUILT, source: krokomOnly({ sources: ['S23', 'S25', 'S26', 'S999'] }) }),
      /S999/,
    );
  });

  test('throws when an outcome cites a source the case does not list', async () => {
    await assert.rejects(
      buildCaseStudies({ topology: squareTopology(['SE-2309']), built: BUILT, source: krokomOnly({ sources: ['S23', 'S25'] }) }),
      /S26/,
    );
  });

  test('builds a small locator from the topology it is given', async () => {
    const files = await buildCaseStudies({
      topology: squareTopology(['SE-2309', 'SE-2321', 'SE-0114']), built: BUILT, source: krokomOnly({}),
    });
    const { locator } = files['case-studies.json'].cases[0];
    assert.match(locator.viewBox, /^0 0 100 \d+(\.\d)?$/);
    assert.match(locator.country, PATH_RE);
    assert.match(locator.municipality, PATH_RE);
  });
});

describe('buildCaseStudies() with the real topology', () => {
  let files;
  before(async () => {
    files = await buildCaseStudies({ rawDir: new URL('data/raw/', ROOT).pathname, topology: await loadTopology(), built: BUILT });
  });

  test('returns the all-languages file and one file per language', () => {
    assert.deepEqual(Object.keys(files).sort(), ['case-studies.json', ...LANGS.map((l) => `case-studies/${l}.json`)].sort());
    const all = files['case-studies.json'];
    assert.equal(all.format, 'nordic-case-studies/1');
    assert.equal(all.built, BUILT);
    assert.deepEqual(all.cases.map((c) => c.id), Object.keys(EXPECTED));
    for (const c of all.cases) {
      for (const s of c.sources) {
        assert.ok(s.id && s.title && s.publisher, `${c.id}: ${s.id}`);
        assert.match(s.url, /^https?:\/\//);
      }
    }
  });

  test('locators are valid SVG path data under the size limit', () => {
    for (const c of files['case-studies.json'].cases) {
      if (c.municipalityIds.length === 0) {
        assert.equal(c.locator, undefined, `${c.id}: no polygon, no locator`);
        continue;
      }
      const l = c.locator;
      assert.ok(l, `${c.id}: locator`);
      assert.match(l.viewBox, /^0 0 100 \d+(\.\d)?$/, `${c.id}: viewBox`);
      assert.match(l.country, PATH_RE, `${c.id}: country path`);
      assert.match(l.municipality, PATH_RE, `${c.id}: municipality path`);
      const size = JSON.stringify(l).length;
      assert.ok(size <= LOCATOR_MAX_BYTES, `${c.id}: locator is ${size} bytes`);
      const height = Number(l.viewBox.split(' ')[3]);
      for (const d of [l.country, l.municipality]) {
        for (const [, x, y] of d.matchAll(/[ML](\d+(?:\.\d)?) (\d+(?:\.\d)?)/g)) {
          assert.ok(+x >= 0 && +x <= 100 && +y >= 0 && +y <= height, `${c.id}: point ${x},${y} outside the box`);
        }
      }
    }
  });

  test('language files reduce texts to one language and list the fallbacks', () => {
    const all = files['case-studies.json'];
    for (const lang of LANGS) {
      const f = files[`case-studies/${lang}.json`];
      assert.equal(f.format, 'nordic-case-studies-localized/1');
      assert.equal(f.lang, lang);
      assert.equal(f.built, BUILT);
      f.cases.forEach((c, i) => {
        const full = all.cases[i];
        assert.equal(c.id, full.id);
        const expected = [];
        const check = (text, got, field) => {
          assert.equal(typeof got, 'string');
          if (text[lang]) assert.equal(got, text[lang]);
          else { assert.equal(got, text.en); expected.push(field); }
        };
        check(full.region, c.region, 'region');
        check(full.summary, c.summary, 'summary');
        full.outcomes.forEach((o, j) => check(o.definition, c.outcomes[j].definition, `outcomes[${j}].definition`));
        assert.deepEqual(c.fallback, expected, `${lang}/${c.id}: fallback`);
        if (lang === 'en' || lang === 'sv') assert.deepEqual(c.fallback, [], `${lang}/${c.id}: no fallback`);
      });
    }
  });

  test('output is deterministic', async () => {
    const again = await buildCaseStudies({ topology: await loadTopology(), built: BUILT });
    assert.deepEqual(again, files);
  });
});
