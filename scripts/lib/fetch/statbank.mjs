// Statistics Denmark StatBank API (api.statbank.dk/v1): tableinfo for the variables, then data as
// JSONSTAT, split by cell count like PxWeb (StatBank refuses very large non-bulk extracts).
import { parseJson, request, FormatError } from './http.mjs';
import { readJsonStat } from './jsonstat.mjs';
import { chooseValues, splitSelection, FALLBACK_MAX_CELLS } from './pxweb.mjs';

export const STATBANK = 'https://api.statbank.dk/v1';

/** tableinfo answer → the PxWeb-shaped variable list chooseValues takes. */
export function readTableInfo(json, what) {
  if (!Array.isArray(json?.variables)) throw new FormatError(what, 'no "variables" in the tableinfo answer');
  return json.variables.map((v) => ({
    code: v.id, text: v.text, values: v.values.map((x) => x.id), valueTexts: v.values.map((x) => x.text), elimination: Boolean(v.elimination), time: Boolean(v.time),
  }));
}

export const statbankBody = (table, selection) => ({
  table, format: 'JSONSTAT', lang: 'en', valuePresentation: 'Code',
  variables: Object.entries(selection).map(([code, values]) => ({ code, values })),
});

/** `table`: { id, pick, maxCells? } */
export async function fetchStatbankTable(fetchImpl, table, what) {
  const infoUrl = `${STATBANK}/tableinfo?format=json&id=${encodeURIComponent(table.id)}&lang=en`;
  const variables = readTableInfo(parseJson((await request(fetchImpl, infoUrl)).bytes, `${what} tableinfo`), `${what} tableinfo`);
  const maxCells = table.maxCells ?? FALLBACK_MAX_CELLS;
  const parts = splitSelection(chooseValues(variables, table.pick, what), maxCells);
  const files = [];
  for (const [i, part] of parts.entries()) {
    const body = statbankBody(table.id, part);
    const res = await request(fetchImpl, `${STATBANK}/data`, { method: 'POST', json: body });
    readJsonStat(parseJson(res.bytes, `${what} data`), `${what} data`);
    files.push({ name: `part-${String(i + 1).padStart(3, '0')}.json`, bytes: res.bytes, url: `${STATBANK}/data`, method: 'POST', query: body });
  }
  return { files, notes: parts.length > 1 ? [`split into ${parts.length} requests of at most ${maxCells} cells`] : [] };
}
