// PxWeb API client (SCB, SSB, Statistics Finland, Statistics Iceland): reads a table's metadata,
// chooses the values to ask for, splits the query so no request exceeds the server's cell limit,
// and returns each answer as downloaded (JSON-stat 2). Both API versions: v1 (`/api/v1/…/table.px`,
// `query` body) and v2 (`/api/v2/tables/ID/metadata|data`, `selection` body, SCB since 2025).
import { FormatError, HttpError, parseJson, request } from './http.mjs';
import { readJsonStat } from './jsonstat.mjs';

/** Used when a server does not state its limit: smaller than any PxWeb default we know of, so always safe. */
export const FALLBACK_MAX_CELLS = 100_000;

/** Normalises v1 (`variables[]`) and v2 (JSON-stat 2 metadata) to [{ code, text, values, valueTexts, elimination, time }]. */
export function readPxMetadata(json, what) {
  if (Array.isArray(json?.variables)) {
    return json.variables.map((v) => {
      if (!Array.isArray(v.values) || !v.code) throw new FormatError(what, `variable without code or values`);
      return { code: v.code, text: v.text ?? v.code, values: v.values, valueTexts: v.valueTexts ?? v.values, elimination: Boolean(v.elimination), time: Boolean(v.time) };
    });
  }
  if (json?.class === 'dataset' || json?.dimension) {
    const ds = readJsonStat(json, what, { metadataOnly: true }); // v2 metadata: the dimensions, no values
    const timeDims = json.role?.time ?? [];
    return ds.ids.map((id) => ({
      code: id, text: ds.dims[id].label, values: ds.dims[id].codes, valueTexts: ds.dims[id].codes.map((c) => ds.dims[id].labels[c] ?? c),
      elimination: Boolean(json.dimension[id].extension?.elimination), time: timeDims.includes(id),
    }));
  }
  throw new FormatError(what, 'neither PxWeb v1 metadata (variables) nor v2 metadata (JSON-stat)');
}

/** The server's cell limit from its config answer (v2 `maxDataCells`, v1 `maxValues`), or null. */
export function maxCellsOf(config) {
  const n = config?.maxDataCells ?? config?.maxValues;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Chooses values per variable. `pick` per variable code:
 *   { all: true } | { values: [...] } | { pattern: RegExp } (codes) | { text: RegExp } (value texts) | { latest: n } (last n values).
 * Variables without a pick are left out (the server sums them) and must allow elimination.
 * @returns {Record<string, string[]>}
 */
export function chooseValues(variables, pick, what) {
  const out = {};
  for (const v of variables) {
    const p = pick[v.code];
    if (!p) {
      if (!v.elimination) throw new Error(`${what}: variable ${v.code} (${v.text}) must be chosen; values: ${v.values.slice(0, 12).join(', ')}${v.values.length > 12 ? ', …' : ''}`);
      continue;
    }
    let chosen;
    if (p.all) chosen = v.values;
    else if (p.values) chosen = p.values.filter((c) => v.values.includes(c));
    else if (p.pattern) chosen = v.values.filter((c) => p.pattern.test(c));
    else if (p.text) chosen = v.values.filter((c, i) => p.text.test(v.valueTexts[i]));
    else if (p.latest) chosen = v.values.slice(-p.latest);
    if (!chosen?.length || (p.values && chosen.length !== p.values.length)) {
      throw new Error(`${what}: no value of ${v.code} (${v.text}) matches ${p.values ? p.values.join(', ') : String(p.pattern ?? p.text)}; the table has: ${v.valueTexts.slice(0, 12).join(' | ')}`);
    }
    out[v.code] = chosen;
  }
  for (const code of Object.keys(pick)) if (!variables.some((v) => v.code === code)) throw new Error(`${what}: the table has no variable ${code} (it has ${variables.map((v) => v.code).join(', ')})`);
  return out;
}

const cellCount = (sel) => Object.values(sel).reduce((n, vs) => n * vs.length, 1);

/** Splits a selection into several whose cell counts are each ≤ maxCells (the longest variable is cut first). */
export function splitSelection(selection, maxCells) {
  if (cellCount(selection) <= maxCells) return [selection];
  const [code] = Object.entries(selection).sort((a, b) => b[1].length - a[1].length)[0];
  const values = selection[code];
  if (values.length === 1) throw new Error(`one value of every variable is ${cellCount(selection)} cells, over the limit of ${maxCells}`);
  const rest = cellCount(selection) / values.length;
  const per = Math.max(1, Math.floor(maxCells / rest));
  const parts = [];
  for (let i = 0; i < values.length; i += per) parts.push(...splitSelection({ ...selection, [code]: values.slice(i, i + per) }, maxCells));
  return parts;
}

/** The POST body of one data request. */
export function queryBody(api, selection) {
  if (api === 'v2') return { selection: Object.entries(selection).map(([variableCode, valueCodes]) => ({ variableCode, valueCodes })) };
  return { query: Object.entries(selection).map(([code, values]) => ({ code, selection: { filter: 'item', values } })), response: { format: 'json-stat2' } };
}

/**
 * Downloads one table. `table`: { api: 'v1'|'v2', metadataUrl, dataUrl, configUrl, pick }.
 * @returns {Promise<{ files: object[], notes: string[], regions: string[] }>} one raw file per request
 */
export async function fetchPxTable(fetchImpl, table, what) {
  const meta = readPxMetadata(parseJson((await request(fetchImpl, table.metadataUrl)).bytes, `${what} metadata`), `${what} metadata`);
  let maxCells = null;
  const notes = [];
  if (table.configUrl) {
    try {
      maxCells = maxCellsOf(parseJson((await request(fetchImpl, table.configUrl)).bytes, `${what} config`));
    } catch (error) {
      if (!(error instanceof HttpError || error instanceof FormatError)) throw error;
    }
  }
  if (!maxCells) { maxCells = FALLBACK_MAX_CELLS; notes.push(`the server stated no cell limit; queries were cut at ${FALLBACK_MAX_CELLS} cells`); }
  const selection = chooseValues(meta, table.pick, what);
  const parts = splitSelection(selection, maxCells);
  if (parts.length > 1) notes.push(`${cellCount(selection)} cells over the server's limit of ${maxCells}: ${parts.length} requests`);
  const files = [];
  for (const [i, part] of parts.entries()) {
    const body = queryBody(table.api, part);
    const res = await request(fetchImpl, table.dataUrl, { method: 'POST', json: body });
    readJsonStat(parseJson(res.bytes, `${what} data`), `${what} data`); // fail now, not in the build, if the answer is not JSON-stat
    files.push({ name: `part-${String(i + 1).padStart(3, '0')}.json`, bytes: res.bytes, url: table.dataUrl, method: 'POST', query: body });
  }
  return { files, notes };
}
