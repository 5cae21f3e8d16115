// Builds data/municipalities.topo.json from the raw boundary files with mapshaper.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { readJson, byCodePoint } from './io.mjs';
import { GEO_SOURCES } from './sources.mjs';

const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper');

/** ISO 3166-1 numeric → alpha-2 for the outlines kept from world-atlas (Natural Earth). */
export const OUTLINE_CODES = {
  752: 'SE', 578: 'NO', 208: 'DK', 246: 'FI', 352: 'IS', 248: 'AX', 234: 'FO', 304: 'GL',
  233: 'EE', 428: 'LV', 440: 'LT', 276: 'DE', 616: 'PL',
};
/** Neighbours are clipped to this lon/lat box so they stay small context. Russia is left out: its
 * outline (which crosses the antimeridian) does not clip cleanly with mapshaper. */
export const NEIGHBOUR_CLIP = [3, 53.3, 45, 71.5];
const NEIGHBOURS = new Set(['EE', 'LV', 'LT', 'DE', 'PL']);
/** Parts of Norway's outline beyond these limits (Svalbard, Jan Mayen, Bouvet) are dropped. */
export const NORWAY_OUTLINE_LIMITS = { maxLat: 72, minLon: 0 };

/** Corrections of names truncated in the Iceland source (documented in data/README.md). */
export const ICELAND_NAME_FIXES = {
  'Sveitarfélagið Skagafjörðu': 'Sveitarfélagið Skagafjörður',
  'Sveitarfélagið Hornafjörðu': 'Sveitarfélagið Hornafjörður',
};

/** Christiansø (KOMKODE 0411) is not a municipality; it is dropped. */
export const DK_DROPPED = '0411';

/** ASCII slug of an Icelandic name: þ→th, ð→d, æ→ae, accents removed, non-alphanumerics → '-'. */
export function icelandSlug(name) {
  return name
    .toLowerCase()
    .replace(/þ/g, 'th').replace(/ð/g, 'd').replace(/æ/g, 'ae').replace(/ö/g, 'o')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function stripZ(geometry) {
  const fix = (c) => (typeof c[0] === 'number' ? [c[0], c[1]] : c.map(fix));
  return { type: geometry.type, coordinates: fix(geometry.coordinates) };
}

/** Approximate area of a ring in km² (equirectangular at the ring's latitude; enough to rank islets). */
function ringAreaKm2(ring) {
  let sum = 0;
  const lat0 = ring.reduce((s, c) => s + c[1], 0) / ring.length;
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110.57;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] * kx) * (ring[i][1] * ky) - (ring[i][0] * kx) * (ring[j][1] * ky);
  }
  return Math.abs(sum / 2);
}

/**
 * Drops detached parts smaller than `minKm2`, but always keeps each feature's largest part, so
 * island municipalities never disappear. Returns the geometry and the number of parts dropped.
 */
export function dropIslets(geometry, minKm2) {
  if (geometry.type !== 'MultiPolygon') return { geometry, dropped: 0 };
  const areas = geometry.coordinates.map((poly) => ringAreaKm2(poly[0]));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = geometry.coordinates.filter((_, i) => i === largest || areas[i] >= minKm2);
  const g = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  return { geometry: g, dropped: geometry.coordinates.length - kept.length };
}

function fc(features) {
  return { type: 'FeatureCollection', features };
}

function muni(id, props, geometry) {
  const properties = { id, name: props.name };
  if (props.nameSv) properties.nameSv = props.nameSv;
  properties.country = props.country;
  properties.code = props.code;
  return { type: 'Feature', properties, geometry: stripZ(geometry) };
}

async function ms(commands, input) {
  return mapshaper.applyCommands(commands, input);
}

/** Reads every country's file into GeoJSON features with normalised properties. */
export async function readMunicipalities(rawDir) {
  const geo = join(rawDir, 'geo', 'raw');
  const out = {};
  const corrections = [];

  const se = readJson(join(geo, 'se', 'swe-maps-kommun.geojson'));
  out.SE = se.features.map((f) =>
    muni(`SE-${f.properties.KnKod}`, { name: f.properties.KnNamn, country: 'SE', code: f.properties.KnKod }, f.geometry));

  const noTopo = readJson(join(geo, 'no', 'Kommuner-M.topojson'));
  out.NO = feature(noTopo, noTopo.objects.Kommuner).features.map((f) =>
    muni(`NO-${f.properties.kommunenummer}`, { name: f.properties.kommunenavn, country: 'NO', code: f.properties.kommunenummer }, f.geometry));

  // Denmark: one feature per island part → dissolve by KOMKODE; drop Christiansø.
  const dkRaw = readJson(join(geo, 'dk', 'kommuner.geojson'));
  const dkIn = fc(dkRaw.features.filter((f) => f.properties.KOMKODE !== DK_DROPPED)
    .map((f) => ({ type: 'Feature', properties: { KOMKODE: f.properties.KOMKODE, KOMNAVN: f.properties.KOMNAVN }, geometry: stripZ(f.geometry) })));
  const dkOut = await ms('-i dk.json -dissolve KOMKODE copy-fields=KOMNAVN -o dkd.json format=geojson', { 'dk.json': JSON.stringify(dkIn) });
  const dk = JSON.parse(dkOut['dkd.json']);
  out.DK = dk.features.map((f) => {
    const code = f.properties.KOMKODE.replace(/^0/, '');
    return muni(`DK-${code}`, { name: f.properties.KOMNAVN, country: 'DK', code }, f.geometry);
  });

  const fi = readJson(join(geo, 'fi', 'kuntarajat.2023.json'));
  out.FI = fi.features.map((f) => {
    const p = f.properties;
    return muni(`FI-${p.NATCODE}`, { name: p.NAMEFIN, nameSv: p.NAMESWE !== p.NAMEFIN ? p.NAMESWE : undefined, country: 'FI', code: p.NATCODE }, f.geometry);
  });

  const is = readJson(join(geo, 'is', 'iceland_municipalities.geojson'));
  out.IS = is.features.map((f) => {
    const raw = f.properties.shapeName;
    const name = ICELAND_NAME_FIXES[raw] ?? raw;
    if (name !== raw) corrections.push({ from: raw, to: name });
    const slug = icelandSlug(name);
    return muni(`IS-${slug}`, { name, country: 'IS', code: slug }, f.geometry);
  });
  return { byCountry: out, corrections };
}

function dropFarParts(geometry, keep) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polys.filter((poly) => keep(poly[0]));
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** Country outlines from world-atlas countries-50m, ids ISO alpha-2. */
export async function readOutlines(rawDir) {
  const world = readJson(join(rawDir, 'geo', 'raw', 'world-atlas', 'countries-50m.json'));
  const all = feature(world, world.objects.countries).features;
  const core = [];
  const neighbours = [];
  for (const f of all) {
    const id = OUTLINE_CODES[Number(f.id)];
    if (!id || !f.geometry) continue;
    let geometry = f.geometry;
    if (id === 'NO') {
      const { maxLat, minLon } = NORWAY_OUTLINE_LIMITS;
      geometry = dropFarParts(geometry, (ring) => ring.every(([x, y]) => y <= maxLat && x >= minLon));
    }
    const out = { type: 'Feature', properties: { id, name: f.properties.name }, geometry };
    (NEIGHBOURS.has(id) ? neighbours : core).push(out);
  }
  const clipped = await ms(`-i nb.json -clip bbox=${NEIGHBOUR_CLIP.join(',')} -o nbc.json format=geojson`, { 'nb.json': JSON.stringify(fc(neighbours)) });
  return [...core, ...JSON.parse(clipped['nbc.json']).features];
}

/** Simplification settings (tuned so the file stays within the gzip budget). */
export const SIMPLIFY = { percentage: '2.5%', quantization: 8000, minIsletKm2: 3 };

function cleanProps(p, keys) {
  const o = {};
  for (const k of keys) if (p[k] !== undefined && p[k] !== null && p[k] !== '') o[k] = p[k];
  return o;
}

/**
 * Builds the TopoJSON. Returns { topology, counts, corrections }.
 */
export async function buildGeometry({ rawDir, built, simplify = SIMPLIFY }) {
  const { byCountry, corrections } = await readMunicipalities(rawDir);
  const outlines = await readOutlines(rawDir);
  let islets = 0;
  const municipalities = Object.keys(byCountry).sort().flatMap((c) => byCountry[c]).map((f) => {
    const { geometry, dropped } = dropIslets(f.geometry, simplify.minIsletKm2);
    islets += dropped;
    return { ...f, geometry };
  });
  const outlinesKept = outlines.map((f) => {
    const { geometry, dropped } = dropIslets(f.geometry, simplify.minIsletKm2);
    islets += dropped;
    return { ...f, geometry };
  });
  const input = {
    'municipalities.json': JSON.stringify(fc(municipalities)),
    'countries.json': JSON.stringify(fc(outlinesKept)),
  };
  const cmd = [
    '-i municipalities.json countries.json combine-files snap',
    `-simplify ${simplify.percentage.endsWith("%") ? simplify.percentage : "interval=" + simplify.percentage} keep-shapes target=*`,
    `-o out.json format=topojson quantization=${simplify.quantization} id-field=id target=*`,
  ].join(' ');
  const result = await ms(cmd, input);
  const topo = JSON.parse(result['out.json']);

  const tidy = (obj, keys) => ({
    type: 'GeometryCollection',
    geometries: obj.geometries
      .map((g) => {
        const o = { type: g.type, id: g.id ?? g.properties.id };
        if (g.arcs) o.arcs = g.arcs;
        o.properties = cleanProps(g.properties, keys);
        return o;
      })
      .sort((a, b) => byCodePoint(a.id, b.id)),
  });
  const topology = {
    type: 'Topology',
    transform: topo.transform,
    objects: {
      municipalities: tidy(topo.objects.municipalities, ['name', 'nameSv', 'country', 'code']),
      countries: tidy(topo.objects.countries, ['name']),
    },
    arcs: topo.arcs,
    // Foreign member (allowed by TopoJSON); kept last because some readers sniff the file start.
    metadata: {
      format: 'nordic-municipalities/1',
      built,
      sources: GEO_SOURCES,
      notes: [
        'Denmark: island parts dissolved by KOMKODE; Christiansø (0411, not a municipality) dropped.',
        'Iceland: 2014-2018 municipal set; ids are IS-<ASCII slug of the name>; two truncated source names corrected.',
        'Norway outline (countries): Svalbard, Jan Mayen and Bouvet Island dropped; neighbours clipped to a box around the Nordic countries.',
      ],
    },
  };
  const counts = {};
  for (const g of topology.objects.municipalities.geometries) counts[g.properties.country] = (counts[g.properties.country] ?? 0) + 1;
  return { topology, counts, corrections, islets };
}
