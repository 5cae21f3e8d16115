// `npm run data:convert`: a partner's table exported from PxWeb or StatBank as CSV → a
// nordic-indicator/1 file, checked with the same schema and validator the widgets use.
import { parseDelimited, toNumber, byCodePoint } from './io.mjs';
import { indicatorFile, REFERENCE_PATTERN } from './indicator-file.mjs';
import { SCHEMAS } from './schemas.mjs';
import { validate } from './json-schema.mjs';

/** Finds the delimiter of the header line (`;` StatBank and many PxWeb exports, `,`, tab). */
export function sniffDelimiter(text) {
  const head = text.split(/\r?\n/, 1)[0];
  return [';', '\t', ','].map((d) => [d, head.split(d).length]).sort((a, b) => b[1] - a[1])[0][0];
}

/** The municipality code at the start of a region cell: `0114 Upplands Väsby`, `K-3001`, `KU091`, `101 København`. */
export function codeOf(cell, country) {
  const m = String(cell).trim().match(/^(?:K-|KU)?(\d{3,4})\b/);
  if (!m) return null;
  // Danish ids drop the leading zero of the 4-digit kommunekode (DK-101); Finnish ones keep 3 digits.
  if (country === 'DK') return String(Number(m[1]));
  return m[1];
}

/** Our id for a region cell (`SE-0114`), or null when it is not a municipality of today's map (merged, split or renumbered since, a county, a national total). */
export function municipalityId(cell, country, ids) {
  const code = codeOf(cell, country);
  const id = code && `${country}-${code}`;
  return id && ids.has(id) ? id : null;
}

/**
 * @param {string} text the CSV export
 * @param {object} o
 * @param {string} o.country DK FI IS NO SE
 * @param {string} o.region column with the municipality (code first)
 * @param {string} o.time column with the year (`2023`, `2023K4`, `2023Q1` and `2023M01` count as 2023)
 * @param {string} o.value column with the figure
 * @param {Record<string,string>} [o.where] keep only rows whose column equals this text
 * @param {Set<string>} o.ids municipality ids of the geometry (`SE-0114` …)
 * @param {object} o.meta id, unit, label, sources, reference, digits, definition?, built
 * @returns {{ file: object, errors: string[], unknown: string[], skipped: number }}
 */
export function convertCsv(text, { country, region, time, value, where = {}, ids, meta }) {
  const rows = parseDelimited(text.replace(/^\uFEFF/, ''), sniffDelimiter(text));
  if (!rows.length) throw new Error('the CSV has no rows');
  for (const col of [region, time, value, ...Object.keys(where)]) {
    if (!(col in rows[0])) throw new Error(`no column "${col}"; the columns are: ${Object.keys(rows[0]).join(', ')}`);
  }
  if (!REFERENCE_PATTERN.test(meta.reference ?? '')) throw new Error(`--reference must be MM-DD, MM, Q1-Q4 or year, got ${meta.reference}`);
  const series = new Map();
  const unknown = new Set();
  let skipped = 0;
  for (const r of rows) {
    if (Object.entries(where).some(([k, v]) => r[k] !== v)) continue;
    const year = Number(String(r[time]).match(/^(\d{4})/)?.[1]);
    if (!year || !codeOf(r[region], country)) { skipped++; continue; }
    const id = municipalityId(r[region], country, ids);
    // A code that is not a municipality of today's map (merged, split or renumbered since) is left out and listed.
    if (!id) { unknown.add(String(r[region]).trim()); continue; }
    if (!series.has(id)) series.set(id, new Map());
    if (series.get(id).has(year)) throw new Error(`${id} ${year} appears twice: choose one value with --where`);
    series.get(id).set(year, toNumber(String(r[value]).replace(',', '.')));
  }
  const file = indicatorFile({ ...meta, series: { [country]: series }, reference: { [country]: meta.reference }, definition: meta.definition });
  if (!file.definition) delete file.definition;
  const errors = validate(SCHEMAS['indicator.schema.json'], file);
  return { file, errors, unknown: [...unknown].sort(byCodePoint), skipped };
}
