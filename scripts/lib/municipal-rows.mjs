// The generic half of a municipal snapshot builder: a JSON-stat answer (PxWeb json-stat2, StatBank
// JSONSTAT) → figures keyed by our municipality ids and years. Which table, which contents and which
// definition belong to a table-specific builder; this only places cells, the same way for every source,
// and lists region codes that are not municipalities of today's map (national totals, counties, merged
// or renumbered municipalities) instead of guessing where they belong.
import { cells } from './fetch/jsonstat.mjs';
import { municipalityId } from './convert.mjs';
import { byCodePoint } from './io.mjs';

/**
 * @param {ReturnType<import('./fetch/jsonstat.mjs').readJsonStat>} ds
 * @param {object} o
 * @param {string} o.country DK FI IS NO SE
 * @param {string} o.region dimension with the municipality code (`0114`, `K-3001`, `KU091`, `101`)
 * @param {string} o.time dimension with the period (`2024`, `2024K4`, `2024M12` count as 2024)
 * @param {Set<string>} o.ids municipality ids of the geometry (`SE-0114` …)
 * @param {Record<string,string>} [o.where] keep only cells with these codes in other dimensions
 * @returns {{ series: Map<string, Map<number, number|null>>, unknown: string[], statuses: Map<string, number> }}
 */
export function municipalRows(ds, { country, region, time, ids, where = {} }) {
  for (const dim of [region, time, ...Object.keys(where)]) {
    if (!ds.dims[dim]) throw new Error(`no dimension "${dim}"; the dataset has: ${ds.ids.join(', ')}`);
  }
  // Every other dimension must be fixed: otherwise two cells would compete for one municipality-year.
  for (const id of ds.ids) {
    if (id !== region && id !== time && !(id in where) && ds.dims[id].codes.length > 1) {
      throw new Error(`dimension "${id}" has ${ds.dims[id].codes.length} values (${ds.dims[id].codes.slice(0, 6).join(', ')}…): choose one with where`);
    }
  }
  const series = new Map();
  const unknown = new Set();
  const statuses = new Map();
  const regionDim = ds.dims[region];
  for (const c of cells(ds)) {
    if (Object.entries(where).some(([k, v]) => c.codes[k] !== v)) continue;
    const code = c.codes[region];
    const id = municipalityId(code, country, ids);
    if (!id) { unknown.add(regionDim.labels[code] && regionDim.labels[code] !== code ? `${code} ${regionDim.labels[code]}` : code); continue; }
    const year = Number(String(c.codes[time]).match(/^(\d{4})/)?.[1]);
    if (!year) throw new Error(`period "${c.codes[time]}" of ${time} has no year`);
    if (!series.has(id)) series.set(id, new Map());
    if (series.get(id).has(year)) throw new Error(`${id} ${year} appears twice (${time} has several periods in one year): choose one with where`);
    series.get(id).set(year, c.value);
    // `..` and the like: no figure (null), counted so a builder can report how many were withheld.
    if (c.value === null && c.status) statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
  }
  return { series, unknown: [...unknown].sort(byCodePoint), statuses };
}
