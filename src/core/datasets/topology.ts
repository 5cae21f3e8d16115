import type { Topology } from 'topojson-specification';
import topologySchema from '../../../data/schemas/municipalities.topo.schema.json';
import { dataUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';
import type { Schema } from '../json-schema.js';

/** The municipality and country geometry: one fetch per page, shared by every map. */
export function loadTopology(): Promise<Topology> {
  return loadData<Topology>(dataUrl('municipalities.topo.json'), topologySchema as Schema);
}
