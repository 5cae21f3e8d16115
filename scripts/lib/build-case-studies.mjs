// Builds the learning-example files of data/ from scripts/case-studies/cases.source.json:
//   'case-studies.json'          CaseStudiesFile (all languages)
//   'case-studies/<lang>.json'   LocalizedCaseStudiesFile per UI language
// Formats: src/core/data-types.ts. Plain Node ESM; only node built-ins and topojson-client.
// Output is deterministic: the only date in it is `built`, which the caller passes in.

import { readFile } from 'node:fs/promises';
import { merge } from 'topojson-client';
import { importSource } from './ts-module.mjs';

export const SOURCE_FILE = new URL('../case-studies/cases.source.json', import.meta.url);
export const LANGS = ['en', 'sv', 'nb', 'da', 'fi', 'is'];
/** Languages every case must have complete (region, summary, outcome definitions). */
export const REQUIRED_LANGS = ['en', 'sv'];
export const CASE_METHODS = [
  'leadership', 'housing', 'coordinator', 'mentoring', 'language', 'work-practice',
  'business-cooperation', 'civil-society', 'regional-cooperation', 'education', 'welcome-service',
];
const CASE_COUNTRIES = ['DK', 'FI', 'IS', 'NO', 'SE', 'FO'];
const UNITS = ['percent', 'persons'];
/**
 * Built indicators whose latest figure a card shows beside its country's, per country of the case
 * (the figures are read from the built indicator files, never typed in).
 */
export const CASE_INDICATORS = { SE: ['refugees-in-work'], NO: ['refugees-first-municipality', 'immigrants-in-work'] };
/** Upper bound for JSON.stringify(locator).length. */
export const LOCATOR_MAX_BYTES = 1500;
/** Base simplification: points closer than this (in 0..100 box units) to the last kept point are dropped. */
export const LOCATOR_MIN_DISTANCE = 0.6;

/**
 * @param {object} opts
 * @param {string} [opts.rawDir] accepted for the common builder signature; the case data lives in
 *   scripts/case-studies/cases.source.json, not in the raw data folder, so it is not read.
 * @param {object|string} opts.topology parsed data/municipalities.topo.json (or a path to it)
 * @param {string} opts.built ISO date (YYYY-MM-DD) written into every file
 * @param {object} [opts.source] parsed cases.source.json to use instead of the file (tests)
 * @param {Record<string, object>} [opts.indicators] built indicator files (id → IndicatorFile); each case
 *   gets the latest figure of its municipality in CASE_INDICATORS (`indicatorOutcomes`)
 * @returns {Promise<Record<string, object>>} output path relative to data/ → JSON object
 */
export async function buildCaseStudies({ rawDir, topology, built, source, indicators = {} } = {}) {
  void rawDir;
  if (typeof built !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(built)) {
    throw new Error(`case-studies: "built" must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(built)}`);
  }
  if (typeof topology === 'string') topology = JSON.parse(await readFile(topology, 'utf8'));
  const municipalities = topology?.objects?.municipalities;
  if (!municipalities || !Array.isArray(municipalities.geometries)) {
    throw new Error('case-studies: the topology has no objects.municipalities GeometryCollection');
  }
  const src = source ?? JSON.parse(await readFile(SOURCE_FILE, 'utf8'));
  validateSource(src, municipalities);

  const locators = new LocatorMaker(topology, municipalities);
  const names = new Map(municipalities.geometries.map((g) => [g.id, g.properties.name]));
  const cases = src.cases.map((c) => {
    const out = {
      id: c.id,
      name: c.name,
      country: c.country,
      municipalityIds: [...c.municipalityIds],
      region: pickLangs(c.region),
    };
    if (c.population) out.population = { ...c.population, sources: [...c.population.sources] };
    out.summary = pickLangs(c.summary);
    out.methods = [...c.methods];
    out.outcomes = c.outcomes.map((o) => ({
      value: o.value, unit: o.unit, year: o.year, definition: pickLangs(o.definition), sources: [...o.sources],
    }));
    out.indicatorOutcomes = indicatorOutcomes(c, indicators, names);
    out.sources = c.sources.map((id) => {
      const s = src.sources[id];
      const ref = { id, title: s.title, publisher: s.publisher };
      if (s.year != null) ref.year = s.year;
      ref.url = s.url;
      return ref;
    });
    const locator = c.municipalityIds.length ? locators.make(c) : undefined;
    if (locator) out.locator = locator;
    return out;
  });

  const files = {
    'case-studies.json': { format: 'nordic-case-studies/1', built, cases },
  };
  // The cards show each official figure's period as written here, by the map's own formatter.
  const { formatPeriod } = await importSource('src/core/period.ts');
  for (const lang of LANGS) {
    files[`case-studies/${lang}.json`] = {
      format: 'nordic-case-studies-localized/1',
      lang,
      built,
      cases: cases.map((c) => localize(c, lang, formatPeriod)),
    };
  }
  return files;
}

/**
 * The latest figure of each of the case's municipalities in the indicators named for its country, with
 * the country's own figure of the same year (where the file has one), what it measures and its sources.
 */
export function indicatorOutcomes(c, indicators, names) {
  const out = [];
  for (const id of CASE_INDICATORS[c.country] ?? []) {
    const f = indicators[id];
    const coverage = f?.coverage?.[c.country];
    if (!coverage) continue;
    for (const mid of c.municipalityIds) {
      const values = f.values[mid];
      if (!values) continue;
      let i = values.length - 1;
      while (i >= 0 && values[i] === null) i--;
      if (i < 0) continue;
      const national = f.national?.[c.country]?.[i];
      const rec = { indicator: id, municipalityId: mid, municipality: names.get(mid), year: f.years[i], value: values[i] };
      if (typeof national === 'number') rec.national = national;
      rec.unit = f.unit;
      rec.reference = coverage.reference ?? 'year';
      rec.label = pickLangs(f.label);
      rec.definition = pickLangs(f.definition);
      rec.sources = f.sources.filter((s) => !s.countries || s.countries.includes(c.country)).map((s) => ({ ...s, ...(s.countries ? { countries: [...s.countries] } : {}) }));
      out.push(rec);
    }
  }
  return out;
}

/** Reduce every LocalizedText of a case to `lang`, falling back to `en`; official figures get their period in `lang`. */
export function localize(c, lang, formatPeriod) {
  const fallback = [];
  const pick = (text, field) => {
    if (typeof text[lang] === 'string' && text[lang] !== '') return text[lang];
    fallback.push(field);
    return text.en;
  };
  const out = {};
  for (const [k, v] of Object.entries(c)) {
    if (k === 'region' || k === 'summary') out[k] = pick(v, k);
    else if (k === 'outcomes') {
      out.outcomes = v.map((o, i) => ({ ...o, definition: pick(o.definition, `outcomes[${i}].definition`) }));
    } else if (k === 'indicatorOutcomes') {
      out.indicatorOutcomes = v.map((o, i) => ({ ...o, label: pick(o.label, `indicatorOutcomes[${i}].label`), definition: pick(o.definition, `indicatorOutcomes[${i}].definition`), period: formatPeriod(o.year, o.reference, lang).text }));
    } else out[k] = v;
  }
  out.fallback = fallback;
  return out;
}

function pickLangs(text) {
  const out = {};
  for (const l of LANGS) if (text[l] != null) out[l] = text[l];
  return out;
}

// ---------------------------------------------------------------- validation

function validateSource(src, municipalities) {
  const fail = (msg) => { throw new Error(`case-studies: ${msg}`); };
  if (!src || typeof src !== 'object') fail('source is not an object');
  if (!src.sources || typeof src.sources !== 'object') fail('source has no "sources" catalogue');
  if (!Array.isArray(src.cases)) fail('source has no "cases" array');

  for (const [id, s] of Object.entries(src.sources)) {
    if (!/^S\d+$/.test(id)) fail(`source id "${id}" is not an S-number`);
    for (const k of ['title', 'publisher', 'url']) {
      if (typeof s[k] !== 'string' || !s[k].trim()) fail(`source ${id}: missing ${k}`);
    }
    if (!/^https?:\/\/\S+$/.test(s.url)) fail(`source ${id}: url must be http(s), got "${s.url}"`);
    if (s.year != null && !Number.isInteger(s.year)) fail(`source ${id}: year must be an integer`);
  }

  const known = new Set(municipalities.geometries.map((g) => g.id).filter((id) => id != null));
  const seen = new Set();
  for (const c of src.cases) {
    const where = `case "${c?.id}"`;
    if (typeof c.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) fail(`${where}: id must be a lowercase ASCII slug`);
    if (seen.has(c.id)) fail(`${where}: duplicate id`);
    seen.add(c.id);
    if (typeof c.name !== 'string' || !c.name) fail(`${where}: missing name`);
    if (!CASE_COUNTRIES.includes(c.country)) fail(`${where}: unknown country "${c.country}"`);
    if (!Array.isArray(c.municipalityIds)) fail(`${where}: municipalityIds must be an array`);
    for (const mid of c.municipalityIds) {
      if (!known.has(mid)) {
        fail(`${where}: municipality id "${mid}" is not in topology.objects.municipalities ` +
          '(ids look like SE-2309, NO-5060, IS-isafjardarbaer)');
      }
      if (!mid.startsWith(`${c.country}-`)) fail(`${where}: municipality id "${mid}" does not belong to country ${c.country}`);
    }
    checkText(c.region, `${where}: region`, fail);
    checkText(c.summary, `${where}: summary`, fail);
    if (!Array.isArray(c.methods)) fail(`${where}: methods must be an array`);
    for (const m of c.methods) if (!CASE_METHODS.includes(m)) fail(`${where}: unknown method "${m}"`);
    if (!Array.isArray(c.sources) || c.sources.length === 0) fail(`${where}: needs at least one source`);
    for (const sid of c.sources) if (!src.sources[sid]) fail(`${where}: source "${sid}" is not in the sources catalogue`);
    const own = new Set(c.sources);
    const checkRefs = (refs, what) => {
      if (!Array.isArray(refs) || refs.length === 0) fail(`${where}: ${what} needs at least one source id`);
      for (const sid of refs) {
        if (!src.sources[sid]) fail(`${where}: ${what} cites "${sid}", which is not in the sources catalogue`);
        if (!own.has(sid)) fail(`${where}: ${what} cites "${sid}", which is not in the case's sources`);
      }
    };
    if (c.population != null) {
      const p = c.population;
      if (!Number.isFinite(p.value) || !Number.isInteger(p.year) || typeof p.approximate !== 'boolean') {
        fail(`${where}: population needs numeric value, integer year and boolean approximate`);
      }
      checkRefs(p.sources, 'population');
    }
    if (!Array.isArray(c.outcomes)) fail(`${where}: outcomes must be an array`);
    c.outcomes.forEach((o, i) => {
      const w = `outcomes[${i}]`;
      if (!Number.isFinite(o.value)) fail(`${where}: ${w}.value must be a number`);
      if (!UNITS.includes(o.unit)) fail(`${where}: ${w}.unit must be one of ${UNITS.join(', ')}`);
      if (!Number.isInteger(o.year)) fail(`${where}: ${w}.year must be an integer`);
      checkText(o.definition, `${where}: ${w}.definition`, fail);
      checkRefs(o.sources, w);
    });
  }
}

function checkText(text, where, fail) {
  if (!text || typeof text !== 'object') fail(`${where} must be a LocalizedText object`);
  for (const [k, v] of Object.entries(text)) {
    if (!LANGS.includes(k)) fail(`${where}: unknown language "${k}"`);
    if (typeof v !== 'string' || !v.trim()) fail(`${where}.${k} must be a non-empty string`);
  }
  for (const l of REQUIRED_LANGS) if (!text[l]) fail(`${where}: missing required language "${l}"`);
}

// ---------------------------------------------------------------- locator maps

class LocatorMaker {
  constructor(topology, municipalities) {
    this.topology = topology;
    this.geometries = municipalities.geometries;
    this.countries = new Map();
  }

  countryOf(g) {
    return g.properties?.country ?? String(g.id).split('-')[0];
  }

  country(code) {
    if (!this.countries.has(code)) {
      const geoms = this.geometries.filter((g) => g.id != null && this.countryOf(g) === code);
      const outline = merge(this.topology, geoms);
      let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
      for (const poly of outline.coordinates) for (const ring of poly) for (const [lon, lat] of ring) {
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
      const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
      const scale = 100 / ((maxLon - minLon) * k);
      const height = Math.ceil((maxLat - minLat) * scale * 10) / 10;
      const project = ([lon, lat]) => [round1((lon - minLon) * k * scale), round1((maxLat - lat) * scale)];
      this.countries.set(code, { outline, project, height, viewBox: `0 0 100 ${fmt(height)}` });
    }
    return this.countries.get(code);
  }

  make(c) {
    const country = this.country(c.country);
    const ids = new Set(c.municipalityIds);
    const geoms = this.geometries.filter((g) => ids.has(g.id));
    // merge() accepts several geometries (and several parts with the same id) and dissolves them.
    const muni = merge(this.topology, geoms);
    const countryRings = projectRings(country.outline, country.project);
    const muniRings = projectRings(muni, country.project);
    // The municipality gets at most a third of the budget; the country outline gets the rest.
    let municipality = '';
    for (let tol = LOCATOR_MIN_DISTANCE, i = 0; i < 40; i++, tol *= 1.2) {
      municipality = pathData(visible(simplifyRings(muniRings, tol), muniRings, country.height));
      if (municipality.length <= LOCATOR_MAX_BYTES / 3) break;
    }
    for (let tol = LOCATOR_MIN_DISTANCE, i = 0; i < 40; i++, tol *= 1.2) {
      const locator = { viewBox: country.viewBox, country: pathData(simplifyRings(countryRings, tol)), municipality };
      if (JSON.stringify(locator).length <= LOCATOR_MAX_BYTES) return locator;
    }
    throw new Error(`case-studies: case "${c.id}": could not fit the locator into ${LOCATOR_MAX_BYTES} bytes`);
  }
}

function round1(v) {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // no -0
}

function fmt(v) {
  return String(round1(v));
}

function projectRings(multiPolygon, project) {
  const rings = [];
  for (const poly of multiPolygon.coordinates) {
    for (const ring of poly) {
      const pts = [];
      for (const p of ring) {
        const q = project(p);
        const last = pts[pts.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
      }
      if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
      if (pts.length) rings.push(pts);
    }
  }
  return rings;
}

function ringArea(pts) {
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) a += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]);
  return Math.abs(a / 2);
}

/** Radial-distance filter followed by Douglas–Peucker, both with tolerance `tol`; tiny rings dropped. */
function simplifyRings(rings, tol) {
  const out = [];
  for (const ring of rings) {
    const radial = [ring[0]];
    for (let i = 1; i < ring.length; i++) {
      const last = radial[radial.length - 1];
      if (Math.hypot(ring[i][0] - last[0], ring[i][1] - last[1]) >= tol) radial.push(ring[i]);
    }
    const pts = douglasPeucker(radial, tol);
    if (pts.length >= 3 && ringArea(pts) >= tol * tol) out.push(pts);
  }
  return out;
}

/** Minimum extent (box units) of the municipality mark; smaller shapes become a square marker. */
const MIN_MARK = 1.6;

/** Keep the municipality visible: a municipality that simplification removed or shrank below
 * MIN_MARK units becomes a MIN_MARK square centred on its original extent. */
function visible(simplified, original, height) {
  const extent = (rings) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const r of rings) for (const [x, y] of r) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
  };
  if (simplified.length) {
    const [x0, y0, x1, y1] = extent(simplified);
    if (Math.max(x1 - x0, y1 - y0) >= MIN_MARK) return simplified;
  }
  if (!original.length) return [];
  const [x0, y0, x1, y1] = extent(original);
  const h = MIN_MARK / 2;
  const cx = Math.min(100 - h, Math.max(h, (x0 + x1) / 2));
  const cy = Math.min(height - h, Math.max(h, (y0 + y1) / 2));
  const a = round1(cx - h), b = round1(cy - h), c = round1(cx + h), d = round1(cy + h);
  return [[[a, b], [c, b], [c, d], [a, d]]];
}

function douglasPeucker(pts, tol) {
  if (pts.length <= 4) return pts;
  // Closed ring: split at the point farthest from the first so both halves are open polylines.
  let far = 0, farD = -1;
  for (let i = 1; i < pts.length; i++) {
    const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1]);
    if (d > farD) { farD = d; far = i; }
  }
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[far] = 1;
  const closed = [...pts, pts[0]];
  const stack = [[0, far], [far, pts.length]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let idx = -1, maxD = tol;
    for (let i = a + 1; i < b; i++) {
      const d = segDist(closed[i], closed[a], closed[b]);
      if (d > maxD) { maxD = d; idx = i; }
    }
    if (idx >= 0) { keep[idx] = 1; stack.push([a, idx], [idx, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}

function segDist(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function pathData(rings) {
  return rings.map((r) => `M${fmt(r[0][0])} ${fmt(r[0][1])}` + r.slice(1).map((p) => `L${fmt(p[0])} ${fmt(p[1])}`).join('') + 'Z').join('');
}
