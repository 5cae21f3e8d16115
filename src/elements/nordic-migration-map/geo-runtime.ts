// TopoJSON decoding, loaded with Vega (dynamic import only: rollup puts topojson-client in the
// Vega chunk, which Vega already contains, so this adds no bytes and no second download).
export { feature, mesh } from 'topojson-client';
