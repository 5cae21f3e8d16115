#!/usr/bin/env node
// Builds the compact, cited data files in data/ from the raw sources.
//   node scripts/build-data.mjs            (npm run data)
// Env: NORDIC_RAW_DATA (raw folder, default data/raw: the project's byte-exact copy of the raw sources),
//      NORDIC_DATA_OUT (output folder, default data/), NORDIC_DATA_DATE (YYYY-MM-DD written as `built`,
//      default today's UTC date). Same inputs and date → byte-identical output.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { jsonText, writeText, gzipSize } from './lib/io.mjs';
import { buildGeometry } from './lib/geometry.mjs';
import { buildIndicators } from './lib/indicators.mjs';
import { buildOriginIndicators } from './lib/indicators-origin.mjs';
import { buildOutcomeIndicators } from './lib/indicators-outcomes.mjs';
import { buildCountrySeries } from './lib/country-series.mjs';
import { SCHEMAS } from './lib/schemas.mjs';
import { validate, checkSchemaKeywords } from './lib/json-schema.mjs';
import { buildReadme } from './lib/readme.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGETS = { 'municipalities.topo.json': 90 * 1024, indicator: 25 * 1024 };

export async function main(env = process.env) {
  const rawDir = resolve(ROOT, env.NORDIC_RAW_DATA ?? 'data/raw');
  const outDir = resolve(ROOT, env.NORDIC_DATA_OUT ?? 'data');
  const built = env.NORDIC_DATA_DATE ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(built)) throw new Error(`NORDIC_DATA_DATE must be YYYY-MM-DD, got ${built}`);
  if (!existsSync(join(rawDir, 'README.md'))) throw new Error(`raw data folder not found: ${rawDir}`);

  const files = {}; // path relative to outDir → JSON value
  const geo = await buildGeometry({ rawDir, built });
  files['municipalities.topo.json'] = geo.topology;
  const geometryIds = new Set(geo.topology.objects.municipalities.geometries.map((g) => g.id));

  const ind = buildIndicators({ rawDir, built, geometryIds });
  // Each further builder returns its files and the README lines that explain its crosswalks and gaps.
  const readmeSections = [];
  for (const builder of [buildOriginIndicators, buildOutcomeIndicators]) {
    const out = builder({ rawDir, built, geometryIds, topology: geo.topology, existing: ind.files });
    for (const [id, f] of Object.entries(out.files)) {
      if (ind.files[id]) throw new Error(`indicator ${id} built twice`);
      ind.files[id] = f;
    }
    readmeSections.push(...out.readme);
  }
  for (const [id, f] of Object.entries(ind.files)) {
    for (const key of Object.keys(f.values)) if (!geometryIds.has(key)) throw new Error(`${id}: ${key} is not a municipality in the geometry`);
    files[`indicators/${id}.json`] = f;
  }
  files['country-series.json'] = buildCountrySeries({ rawDir, built });
  for (const [name, schema] of Object.entries(SCHEMAS)) { checkSchemaKeywords(schema); files[`schemas/${name}`] = schema; }

  // Learning examples, written by a separate helper once it exists.
  const casesModule = join(ROOT, 'scripts', 'lib', 'build-case-studies.mjs');
  let cases = false;
  if (existsSync(casesModule)) {
    const { buildCaseStudies } = await import(pathToFileURL(casesModule).href);
    const out = await buildCaseStudies({ rawDir, topology: geo.topology, built, indicators: ind.files });
    for (const [path, value] of Object.entries(out)) files[path] = value;
    cases = true;
  }

  // Validate against the schemas before writing.
  const schemaFor = (path) => path === 'municipalities.topo.json' ? 'municipalities.topo.schema.json'
    : path.startsWith('indicators/') ? 'indicator.schema.json'
      : path === 'country-series.json' ? 'country-series.schema.json'
        : path === 'case-studies.json' ? 'case-studies.schema.json'
          : path.startsWith('case-studies/') ? 'case-studies-localized.schema.json' : null;
  for (const [path, value] of Object.entries(files)) {
    const s = schemaFor(path);
    if (!s) continue;
    const errors = validate(SCHEMAS[s], value);
    if (errors.length) throw new Error(`${path} does not match ${s}:\n  ${errors.join('\n  ')}`);
  }

  const texts = {};
  for (const path of Object.keys(files).sort()) {
    texts[path] = path.startsWith('schemas/') ? JSON.stringify(files[path], null, 2) + '\n' : jsonText(files[path]);
  }
  const sizes = Object.fromEntries(Object.entries(texts).map(([p, t]) => [p, { raw: Buffer.byteLength(t), gzip: gzipSize(t) }]));
  if (sizes['municipalities.topo.json'].gzip > BUDGETS['municipalities.topo.json']) throw new Error('geometry over budget');
  for (const p of Object.keys(sizes)) if (p.startsWith("indicators/") && sizes[p].gzip > BUDGETS.indicator) throw new Error(`${p} over budget: ${sizes[p].gzip} B gzipped`);

  texts['README.md'] = buildReadme({ files, sizes, geo, ind, cases, built, sections: readmeSections });
  for (const [path, text] of Object.entries(texts)) writeText(join(outDir, path), text);
  return { outDir, sizes, counts: geo.counts };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(({ outDir, sizes, counts }) => {
    console.log(`wrote ${Object.keys(sizes).length + 1} files to ${outDir}`);
    console.log('municipalities per country:', counts);
    for (const [p, s] of Object.entries(sizes)) console.log(`  ${p.padEnd(44)} ${String(s.raw).padStart(8)} B  ${String(s.gzip).padStart(7)} B gz`);
  }).catch((e) => { console.error(e); process.exit(1); });
}
