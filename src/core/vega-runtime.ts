// The Vega chunk: loaded once, only when a chart or map draws. Specs arrive already compiled
// from Vega-Lite at build time, so vega-lite and vega-embed stay out of the page.
export { View, parse } from 'vega';
export { expressionInterpreter } from 'vega-interpreter';
