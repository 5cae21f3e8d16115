// TopoJSON decoding and planar path writing, loaded with Vega (dynamic import only: rollup puts
// them in the lowest Vega chunk, which Vega already contains, so this adds no bytes and no
// second download).
export { feature, mesh } from 'topojson-client';
export { keepWritten, PathRecorder, planarWriter } from '../../core/planar-path.js';
