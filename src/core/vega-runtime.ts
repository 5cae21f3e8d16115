// The Vega chunk: loaded once, only when a chart or map draws. Specs arrive already compiled
// from Vega-Lite and parsed into Vega's runtime description at build time
// (scripts/json-modules.mjs), so vega-lite, vega-embed and Vega's parser stay out of the page. We register
// only the transform families our specs use (data, view, encoding, geo) rather than importing
// `vega`, which also brings force, hierarchy, label, regression, voronoi, wordcloud and
// crossfilter (tens of KB the widgets never run).
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as dataTransforms from 'vega-transforms';
import * as viewTransforms from 'vega-view-transforms';
import * as encodeTransforms from 'vega-encode';
import * as geoTransforms from 'vega-geo';
import { GeoPathParsed } from './geo-path-transform.js';

extend(transforms, dataTransforms, viewTransforms, encodeTransforms, geoTransforms, { geopathparsed: GeoPathParsed });

export { View } from 'vega-view';
export { changeset } from 'vega-dataflow';
export { expressionInterpreter } from 'vega-interpreter';
