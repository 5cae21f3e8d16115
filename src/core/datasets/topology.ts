import type { Topology } from 'topojson-specification';
import { dataUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';

/** The municipality and country geometry, projected at build time: one fetch per page, shared by every map. */
export function loadTopology(): Promise<Topology> {
  return loadData<Topology>(dataUrl('municipalities.projected.topo.json'));
}
