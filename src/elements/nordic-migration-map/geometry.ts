/**
 * Decodes the shared topology once per page (however many maps) into what the map draws:
 * municipality features with their properties, country outlines and the borders between
 * countries. topojson-client arrives with the Vega chunk (dynamic import).
 */
import type { Feature, Geometry, MultiLineString } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { CountryCode, MunicipalityProps, SourceRef } from '../../core/data-types.js';
import type { Place } from './model.js';
import { TaskBudget } from '../../core/yield.js';
import { labelPoint, rawBounds } from './projection.js';

export interface PlaceFeature extends Place {
  geometry: Geometry;
}

export interface DecodedGeometry {
  municipalities: PlaceFeature[];
  /** Country outlines by ISO code (Nordic, Åland, Faroe Islands, Greenland, neighbours). */
  outlines: Feature<Geometry, { name: string }>[];
  /** Borders between municipalities of different countries. */
  municipalityBorders: MultiLineString;
  /** Borders between country outlines. */
  countryBorders: MultiLineString;
  /** Where the boundaries come from (the topology's `metadata.sources`), to cite under the map. */
  sources: SourceRef[];
}

const decoded = new WeakMap<Topology, Promise<DecodedGeometry>>();

async function decode(topology: Topology): Promise<DecodedGeometry> {
  const { feature, mesh } = await import('./geo-runtime.js');
  const municipalitiesObject = topology.objects['municipalities'] as GeometryCollection<MunicipalityProps>;
  const countriesObject = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  // In pieces that each leave the main thread soon: on a phone, decoding every municipality at
  // once is a task of a few hundred milliseconds in which the page answers nothing. Each shape's
  // bounds and label point are found here too, while it is at hand.
  const budget = new TaskBudget();
  const municipalities: PlaceFeature[] = [];
  for (const geometry of municipalitiesObject.geometries) {
    const f = feature(topology, geometry) as Feature<Geometry, MunicipalityProps>;
    const p = f.properties;
    const place: PlaceFeature = { id: String(f.id), code: p.code, name: p.name, country: p.country as CountryCode, geometry: f.geometry };
    if (p.nameSv) place.nameSv = p.nameSv;
    rawBounds([place.geometry]);
    labelPoint(place.geometry);
    municipalities.push(place);
    await budget.yield();
  }
  const outlines = feature(topology, countriesObject).features.map((f) => ({ ...f, id: String(f.id) })) as Feature<Geometry, { name: string }>[];
  // The borders are in the file (scripts/lib/projected-geometry.mjs); a data folder built before
  // they were gets them found here, as the build finds them.
  const countryOf = (g: { properties?: unknown }) => (g.properties as Partial<MunicipalityProps> | undefined)?.country;
  const borders = (name: string, found: () => MultiLineString): MultiLineString => {
    const object = topology.objects[name];
    return object?.type === 'MultiLineString' ? (feature(topology, object).geometry as MultiLineString) : found();
  };
  await budget.yield();
  const municipalityBorders = borders('municipality-borders', () => mesh(topology, municipalitiesObject, (a, b) => a !== b && countryOf(a) !== countryOf(b)));
  const countryBorders = borders('country-borders', () => mesh(topology, countriesObject, (a, b) => a !== b));
  const sources = (topology as Topology & { metadata?: { sources?: SourceRef[] } }).metadata?.sources ?? [];
  return { municipalities, outlines, municipalityBorders, countryBorders, sources };
}

export function decodeGeometry(topology: Topology): Promise<DecodedGeometry> {
  let pending = decoded.get(topology);
  if (!pending) {
    pending = decode(topology);
    decoded.set(topology, pending);
  }
  return pending;
}

/**
 * The boundary sources of the countries shown, plus those without a country (context outlines),
 * without file names: the reader needs who published the boundaries and under which licence.
 */
export function boundarySources(sources: readonly SourceRef[], shown: readonly CountryCode[]): SourceRef[] {
  return sources
    .filter((source) => !source.countries?.length || source.countries.some((country) => shown.includes(country)))
    .map(({ table: _table, ...source }) => source);
}
