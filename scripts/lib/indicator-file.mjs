// Assembles one data/indicators/<id>.json (IndicatorFile in src/core/data-types.ts). Every
// indicator builder goes through here, so coverage, reference dates and rounding are made one way.
import { round, byCodePoint } from './io.mjs';

/**
 * When a year's figure refers to, per country (stored in `coverage[country].reference`):
 * `MM-DD` a stock on that day of the year (`12-31`, `01-01`); `MM` a month of the year (`11`:
 * employment status in November); `Q1`-`Q4` a quarter of the year (`Q4`: a register count in the fourth
 * quarter whose month the source does not state); `year` the whole calendar year (flows: people received, moves).
 */
export const REFERENCE_PATTERN = /^(\d{2}-\d{2}|\d{2}|Q[1-4]|year)$/;

/**
 * @param {object} o
 * @param {string} o.id
 * @param {'percent'|'per-1000'|'persons'|'ratio'} o.unit
 * @param {{en: string}} o.label
 * @param {{en: string}} o.definition the indicator's one definition (what every country's figure means)
 * @param {object[]} o.sources citations (SourceRef)
 * @param {Record<string, Map<string, Map<number, number|null>>>} o.series country → featureId → year → value
 * @param {Record<string, string>} o.reference country → reference (see REFERENCE_PATTERN); required for every country in `series`
 * @param {Record<string, {en: string}>} [o.countryDefinitions] country → how that country's office measures it, where the national definitions differ in detail
 * @param {Record<string, {en: string}>} [o.countryMeasures] country → a short name of that measure for tooltips and tables (`immigrants and descendants`)
 * @param {Record<string, {en: string}>} [o.coverageNotes] country → caveat shown with that country
 * @param {Record<string, Map<number, number|null>>} [o.national] country → year → the country's own figure under the same definition
 * @param {{en: string}[]} [o.notes]
 * @param {string} o.built
 * @param {number} o.digits decimals kept
 */
export function indicatorFile({ id, unit, label, definition, sources, series, reference, countryDefinitions = {}, countryMeasures = {}, coverageNotes = {}, national = {}, notes, built, digits }) {
  const allYears = new Set();
  for (const m of Object.values(series)) for (const ys of m.values()) for (const [y, v] of ys) if (v !== null && v !== undefined) allYears.add(y);
  const years = [...allYears].sort((a, b) => a - b);
  const values = {};
  const coverage = {};
  for (const country of Object.keys(series).sort()) {
    const m = series[country];
    let from = Infinity, to = -Infinity, count = 0;
    for (const fid of [...m.keys()].sort(byCodePoint)) {
      if (!fid.startsWith(`${country}-`)) throw new Error(`${id}: ${fid} is listed under ${country}`);
      const arr = years.map((y) => { const v = m.get(fid).get(y); return v === undefined || v === null ? null : round(v, digits); });
      if (arr.every((v) => v === null)) continue;
      values[fid] = arr;
      count++;
      arr.forEach((v, i) => { if (v !== null) { from = Math.min(from, years[i]); to = Math.max(to, years[i]); } });
    }
    if (!count) continue;
    const ref = reference?.[country];
    if (!ref || !REFERENCE_PATTERN.test(ref)) throw new Error(`${id}: reference date of ${country} missing or malformed: ${ref}`);
    coverage[country] = {
      from, to, municipalities: count, reference: ref,
      ...(countryDefinitions[country] ? { definition: countryDefinitions[country] } : {}),
      ...(countryMeasures[country] ? { measure: countryMeasures[country] } : {}),
      ...(coverageNotes[country] ? { note: coverageNotes[country] } : {}),
    };
  }
  const sortedValues = Object.fromEntries(Object.keys(values).sort(byCodePoint).map((k) => [k, values[k]]));
  const file = { format: 'nordic-indicator/1', id, unit, label, definition, sources, years, coverage, built };
  const nationalOut = {};
  for (const country of Object.keys(national).sort()) {
    if (!coverage[country]) continue;
    const arr = years.map((y) => { const v = national[country].get(y); return v === undefined || v === null ? null : round(v, digits); });
    if (arr.some((v) => v !== null)) nationalOut[country] = arr;
  }
  if (Object.keys(nationalOut).length) file.national = nationalOut;
  file.values = sortedValues;
  if (notes?.length) file.notes = notes;
  return file;
}
