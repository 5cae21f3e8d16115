import type { Topology } from 'topojson-specification';
import { dataUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';

/** The municipality and country geometry: one fetch per page, shared by every map. */
export function loadTopology(): Promise<Topology> {
  return loadData<Topology>(dataUrl('municipalities.topo.json'));
}
