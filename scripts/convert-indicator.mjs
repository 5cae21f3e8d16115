#!/usr/bin/env node
// npm run data:convert -- --input table.csv --country SE --region region --time år --value "Folkmängd"
//   --id population --unit persons --label "Population" --publisher "Statistics Sweden" --licence "CC0"
//   --url https://… [--table TAB638] [--reference 12-31] [--digits 0] [--where "kön=totalt"] [--output file.json]
// Converts a PxWeb / StatBank CSV export (long format: one row per municipality and year) into a
// nordic-indicator/1 file and validates it with data/schemas/indicator.schema.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { convertCsv } from './lib/convert.mjs';
import { jsonText } from './lib/io.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPTIONS = Object.fromEntries(['input', 'encoding', 'country', 'region', 'time', 'value', 'id', 'unit', 'label', 'definition', 'publisher', 'organisation', 'table', 'licence', 'url', 'reference', 'digits', 'output', 'built', 'geometry'].map((k) => [k, { type: 'string' }]));
OPTIONS.where = { type: 'string', multiple: true };

export function main(argv = process.argv.slice(2), { out = console.log, err = console.error } = {}) {
  const { values: o } = parseArgs({ args: argv, options: OPTIONS });
  const missing = ['input', 'country', 'region', 'time', 'value', 'id', 'unit', 'label', 'publisher', 'licence', 'url'].filter((k) => !o[k]);
  if (missing.length) { err(`data:convert: missing --${missing.join(', --')}`); return 1; }
  const topo = JSON.parse(readFileSync(resolve(ROOT, o.geometry ?? 'data/municipalities.topo.json'), 'utf8'));
  const ids = new Set(topo.objects.municipalities.geometries.map((g) => g.id));
  const where = Object.fromEntries((o.where ?? []).map((w) => { const i = w.indexOf('='); return [w.slice(0, i), w.slice(i + 1)]; }));
  const text = readFileSync(resolve(o.input)).toString(o.encoding ?? 'utf8');
  const source = { publisher: o.publisher, ...(o.organisation ? { organisation: o.organisation } : {}), ...(o.table ? { table: o.table } : {}), licence: o.licence, url: o.url, countries: [o.country] };
  let result;
  try {
    result = convertCsv(text, {
      country: o.country, region: o.region, time: o.time, value: o.value, where, ids,
      meta: { id: o.id, unit: o.unit, label: { en: o.label }, definition: o.definition ? { en: o.definition } : undefined, sources: [source], reference: o.reference ?? 'year', digits: Number(o.digits ?? 2), built: o.built ?? new Date().toISOString().slice(0, 10) },
    });
  } catch (e) { err(`data:convert: ${e.message}`); return 1; }
  if (result.unknown.length) err(`data:convert: ${result.unknown.length} region(s) are not municipalities of today's map and were left out: ${result.unknown.slice(0, 20).join(', ')}${result.unknown.length > 20 ? ', …' : ''}`);
  if (result.errors.length) { err(`data:convert: the file does not match indicator.schema.json:\n  ${result.errors.join('\n  ')}`); return 1; }
  const text2 = jsonText(result.file);
  if (o.output) writeFileSync(o.output, text2); else out(text2.trimEnd());
  err(`data:convert: ${Object.keys(result.file.values).length} municipalities, years ${result.file.years.join(', ')}${o.output ? ` → ${o.output}` : ''}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
