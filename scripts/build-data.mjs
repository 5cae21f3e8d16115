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
import { projectTopology } from './lib/projected-geometry.mjs';
import { buildIndicators } from './lib/indicators.mjs';
import { buildOriginIndicators } from './lib/indicators-origin.mjs';
import { buildOutcomeIndicators } from './lib/indicators-outcomes.mjs';
import { buildCountrySeries } from './lib/country-series.mjs';
import { SCHEMAS } from './lib/schemas.mjs';
import { validate, checkSchemaKeywords } from './lib/json-schema.mjs';
import { buildReadme } from './lib/readme.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUDGETS = { 'municipalities.topo.json': 90 * 1024, 'municipalities.projected.topo.json': 90 * 1024, indicator: 25 * 1024 };

export async function main(env = process.env) {
  const rawDir = resolve(ROOT, env.NORDIC_RAW_DATA ?? 'data/raw');
  const outDir = resolve(ROOT, env.NORDIC_DATA_OUT ?? 'data');
  const built = env.NORDIC_DATA_DATE ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(built)) throw new Error(`NORDIC_DATA_DATE must be YYYY-MM-DD, got ${built}`);
  if (!existsSync(join(rawDir, 'README.md'))) throw new Error(`raw data folder not found: ${rawDir}`);

  const files = {}; // path relative to outDir → JSON value
  const geo = await buildGeometry({ rawDir, built });
  files['municipalities.topo.json'] = geo.topology;
  // What the map draws: the same shapes, projected here once (see scripts/lib/projected-geometry.mjs).
  files['municipalities.projected.topo.json'] = await projectTopology(geo.topology);
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
  const countrySeries = buildCountrySeries({ rawDir, built });
  files['country-series.json'] = countrySeries.file;
  const { asyZero, appCases } = countrySeries.notes;
  const byCountry = (list) => {
    const groups = new Map();
    for (const k of list) groups.set(k.slice(0, 2), [...(groups.get(k.slice(0, 2)) ?? []), Number(k.slice(3))]);
    return [...groups].map(([c, ys]) => `${c} ${ys.length} (${Math.min(...ys)}–${Math.max(...ys)})`).join('; ');
  };
  readmeSections.push('## Country series: sources and choices', '',
    '- **UNHCR `refugees` R package** (`.rda` files, read with `scripts/lib/rda.mjs`; bzip2 via seek-bzip): `refugees` and `asylum-seekers` (end-year stocks, 31 December) now come from its `population` table (1951–2025) instead of the 2019 Open Numbers copy (to 2018). The definitions are the same; UNHCR has revised some older figures a little (Sweden asylum-seekers end-2015: 157,017, was 157,046).',
    `- **Asylum-seekers, zeros:** the package writes 0 where the older UNHCR export had no asylum-seeker figure. A country-year whose asylum-seekers sum to 0 is stored as \`null\` (not reported), not as zero pending cases: ${byCountry(asyZero)} country-years.`,
    `- **\`asylum-applications\`** (calendar year): UNHCR \`asylum_applications\`, \`app_type\` N (new) with \`dec_level\` FI or NA (first instance; the N rows marked AR, appeals and reviews, are left out), summed over origins. 2000–2005 use an undocumented \`app_type\` V instead of N, so the series starts in 2006. Country-years reported in cases (\`app_pc\` C) are left out, not mixed with persons: ${appCases.join(', ') || 'none'}.`,
    '- **Why UNHCR and not Eurostat for asylum applications:** the Eurostat copy (`country_asylum_eurostat_natix`, `ASY_APP`, 2008–2024) counts **all** applicants, repeat applicants included, so it is a different measure (Sweden 2015: 162,550 against UNHCR\'s 156,330 new applications). UNHCR covers 2006–2025 for all five countries, from the publisher itself under CC BY 4.0; the Eurostat copy comes from a repository that states no licence. The Eurostat figures are used only as a cross-check in `test/data` (never more than one definition per series id). The 2017 Eurostat first-time applicants (`country_asylum_eurostat_dw2017`, 2008–2016) are superseded the same way.',
    '- **`resettlement-arrivals`** (calendar year): UNHCR `solutions`, column `resettlement`, summed over origins; a country-year with no row or only NA is `null`, not 0 (Denmark 2018–2019, Finland 2022, Iceland 2022).',
    '- **`foreign-born`** (stock on 1 January): Eurostat `migr_pop3ctb`, `c_birth=FOR`, 2010–2022, from the JSON-stat API response copied in `country_foreign_born_eurostat_kuo` (no Nordic figure carries a status flag). Foreign citizens (`migr_pop1ctz`) and the UN DESA migrant stock are not used.',
    '- **Reference dates:** every series has `reference`: `year` for flows (calendar year), `12-31` or `01-01` for stocks on that day, `07-01` for the World Bank\'s mid-year population. The chart states it under the definition.', '');
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
  const schemaFor = (path) => path === 'municipalities.topo.json' || path === 'municipalities.projected.topo.json' ? 'municipalities.topo.schema.json'
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
  for (const p of ['municipalities.topo.json', 'municipalities.projected.topo.json']) if (sizes[p].gzip > BUDGETS[p]) throw new Error(`${p} over budget: ${sizes[p].gzip} B gzipped`);
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
