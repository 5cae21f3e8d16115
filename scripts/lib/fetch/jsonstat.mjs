// Reads JSON-stat datasets: version 2 (PxWeb json-stat2, Eurostat) and the version 1 `{ dataset: … }`
// wrapper (Statistics Denmark's JSONSTAT, older StatFin answers). One reader, so every source's
// snapshot is decoded the same way.
import { FormatError } from './http.mjs';

/**
 * @returns {{ label: string, ids: string[], sizes: number[], dims: Record<string, { label: string, codes: string[], labels: Record<string,string> }>, value: (i: number) => number|null, status: (i: number) => string|null, size: number }}
 */
export function readJsonStat(json, what = 'JSON-stat', { metadataOnly = false } = {}) {
  const ds = json?.class === 'dataset' ? json : json?.dataset ?? json;
  if (!ds || typeof ds !== 'object' || !ds.dimension) throw new FormatError(what, 'no "dimension": not a JSON-stat dataset');
  const ids = ds.id ?? ds.dimension.id;
  const sizes = ds.size ?? ds.dimension.size;
  if (!Array.isArray(ids) || !Array.isArray(sizes) || ids.length !== sizes.length) throw new FormatError(what, '"id" and "size" missing or of different length');
  const dims = {};
  ids.forEach((id, k) => {
    const d = ds.dimension[id];
    if (!d?.category) throw new FormatError(what, `dimension ${id} is missing`);
    const index = d.category.index ?? Object.fromEntries(Object.keys(d.category.label ?? {}).map((c, i) => [c, i]));
    const codes = Array.isArray(index) ? [...index] : Object.keys(index).sort((a, b) => index[a] - index[b]);
    if (codes.length !== sizes[k]) throw new FormatError(what, `dimension ${id} has ${codes.length} categories, size says ${sizes[k]}`);
    dims[id] = { label: d.label ?? id, codes, labels: d.category.label ?? {} };
  });
  const size = sizes.reduce((a, b) => a * b, 1);
  const { value } = ds;
  if (!Array.isArray(value) && (typeof value !== 'object' || value === null)) throw new FormatError(what, '"value" is neither an array nor an object');
  if (Array.isArray(value) && value.length !== size && !(metadataOnly && value.length === 0)) throw new FormatError(what, `${value.length} values for ${size} cells`);
  const status = ds.status ?? {};
  const at = (i) => { const v = value[i]; return typeof v === 'number' ? v : null; };
  const statusAt = (i) => (Array.isArray(status) ? status[i] : typeof status === 'string' ? status : status[i]) ?? null;
  return { label: ds.label ?? '', ids, sizes, dims, value: at, status: statusAt, size };
}

/** Every cell as { codes: { dimId: code }, value, status }, in row-major order. */
export function* cells(ds) {
  const { ids, sizes } = ds;
  const idx = ids.map(() => 0);
  for (let i = 0; i < ds.size; i++) {
    yield { codes: Object.fromEntries(ids.map((id, k) => [id, ds.dims[id].codes[idx[k]]])), value: ds.value(i), status: ds.status(i) };
    for (let k = ids.length - 1; k >= 0; k--) { if (++idx[k] < sizes[k]) break; idx[k] = 0; }
  }
}
