/** The goals of issues #8 and #18, their check, and the two output files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './build.mjs';

/** KB here means 1,000 bytes (the stricter reading). */
export const GOALS = [
  { key: 'cardPageJsGzipBytes', what: 'JS a page with one `<case-study-card>` downloads (gzip)', max: 15_000, goal: '≤ 15 KB' },
  { key: 'mapPageJsGzipBytes', what: 'JS a page with one municipality map downloads (gzip)', max: 200_000, goal: '≤ 200 KB' },
  { key: 'mapPageDataGzipBytes', what: 'data that page downloads (gzip)', max: 120_000, goal: '≤ 120 KB' },
  { key: 'coldRenderRatioVsVegaEmbed', what: 'cold render of the full map, ours ÷ plain vega-embed', max: 0.6, goal: '≤ 0.6' },
  { key: 'mapPageTbtMs4x', what: 'total blocking time of a phone page with one map, CPU 4× slower (ms)', max: 200, goal: '≤ 200' },
  { key: 'chartPageTbtMs4x', what: 'the same with one trend chart (ms)', max: 150, goal: '≤ 150' },
  { key: 'mapFirstDrawMs4x', what: 'navigation to the map\'s shapes painted, CPU 4× slower (ms)', max: 1500, goal: '≤ 1500' },
  { key: 'yearChangeP95Ms', what: 'year step on the full map to the re-coloured paint, p95 (ms)', max: 50, goal: '≤ 50' },
  { key: 'hoverP95Ms', what: 'pointer move to updated tooltip, p95 (ms)', max: 16, goal: '≤ 16' },
  { key: 'vegaLoadsOn30WidgetPage', what: 'Vega loads on a page with 6 maps, 4 charts, 20 cards', equals: 1, goal: '1' },
  { key: 'geometryFetchesOn30WidgetPage', what: 'geometry fetches on that page', equals: 1, goal: '1' },
  { key: 'leakedViewsAfter200Cycles', what: 'Vega views alive after 200 mount/unmount cycles', equals: 0, goal: '0' },
];

export function checkGoals(figures) {
  return GOALS.map((goal) => {
    const value = figures[goal.key];
    let status = 'not measured';
    if (typeof value === 'number' && Number.isFinite(value)) {
      const ok = goal.max !== undefined ? value <= goal.max : value === goal.equals;
      status = ok ? 'met' : 'missed';
    }
    return { key: goal.key, what: goal.what, goal: goal.goal, value, status };
  });
}

const fmtBytes = (n) => (typeof n === 'number' ? `${n.toLocaleString('en-US')} B (${(n / 1000).toFixed(1)} KB)` : '–');

function valueText(key, value) {
  if (value === undefined) return 'not measured';
  if (key.endsWith('Bytes')) return fmtBytes(value);
  if (key.endsWith('Ms')) return `${value} ms`;
  return String(value);
}

export function writeReports(results) {
  writeFileSync(join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const d = results.details;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${results.machine.cpus} cores, Node ${results.machine.node}, ${results.machine.browser ?? 'Chromium'}); every figure is the median of ${results.runs.coldRender} alternating pairs (cold render), ${results.runs.hover} (hover) or ${results.runs.other} (the rest) runs, each in a fresh browser context. Load average (1, 5, 15 min) before the run ${results.machine.loadAverage.before.join(', ')}, after ${results.machine.loadAverage.after.join(', ')}: other work on the machine slows the time figures. How each is measured: [README.md](README.md).`,
    '',
    '| figure | goal | result | |',
    '| --- | --- | --- | --- |',
    ...results.goals.map((g) => `| \`${g.key}\`: ${g.what} | ${g.goal} | ${valueText(g.key, g.value)} | ${g.status === 'met' ? 'met' : g.status === 'missed' ? '**missed**' : 'not measured'} |`),
    '',
    '## Without a goal yet',
    '',
  ];
  if (d.coldRender) {
    lines.push(
      `- Cold render of the full map (${d.coldRender.oursPaths} paths): ours **${d.coldRender.oursMs} ms**, plain vega-embed **${d.coldRender.vegaEmbedMs} ms** (${d.coldRender.vegaEmbedPaths} paths); ours from insertion of the element (the map's entry has loaded Vega by then): ${d.coldRender.oursFromInsertionMs} ms.`,
      `  - ours, phases (ms): ${JSON.stringify(d.coldRender.oursPhasesMs)}`,
      `  - vega-embed, phases (ms): ${JSON.stringify(d.coldRender.vegaEmbedPhasesMs)}`,
    );
  }
  if (d.phoneMap) {
    const m = d.phoneMap;
    lines.push(`- Phone page, CPU 4×, one map: total blocking time **${m.tbtMs} ms** (${m.tbtToFirstDrawMs} ms until the shapes are painted, ${m.tbtToReadyMs} ms until ready); shapes painted ${m.firstDrawMs} ms, ready ${m.readyMs} ms after navigation; TBT per sample ${m.tbtSamplesMs.join(', ')} ms.`);
  }
  if (d.phoneChart) {
    const c = d.phoneChart;
    lines.push(`- Phone page, CPU 4×, one trend chart: total blocking time **${c.tbtMs} ms**; drawn ${c.firstDrawMs} ms, ready ${c.readyMs} ms after navigation; TBT per sample ${c.tbtSamplesMs.join(', ')} ms.`);
  }
  if (d.yearSteps) {
    const y = d.yearSteps;
    lines.push(`- Year steps on the full map: median ${y.medianMs} ms, max ${y.maxMs} ms over ${y.steps} steps; p95 per run ${y.p95PerRunMs.join(', ')} ms.`);
  }
  if (d.floor) {
    const f = d.floor;
    lines.push(`- Floor: a static page with the SVG our map drew is painted ${f.floorMs} ms after navigation; ours: shapes painted ${f.oursShapesPaintedMs} ms, ready ${f.oursReadyMs} ms: **floorRatio ${results.figures.floorRatio}** (first picture ${f.firstDrawRatio}).`);
  }
  if (d.coldRenderSlowNetwork) {
    const slow = d.coldRenderSlowNetwork;
    lines.push(
      `- The same cold render over a throttled connection (${slow.network.roundTripMs} ms round trip, ${slow.network.downMbitPerS} Mbit/s down, ${slow.network.upKbitPerS} kbit/s up; gzip as the server sends it): ours **${slow.oursMs} ms**, plain vega-embed **${slow.vegaEmbedMs} ms**, ratio **${slow.ratio}**.`,
    );
  }
  if (d.scaling) {
    lines.push('- How render cost grows with the number of shapes (one map, fresh context):', '', '  | shapes | insertion → drawn (cold: data loaded on the way; Vega came with the entry) | re-render of the same map (warm) |', '  | --- | --- | --- |');
    for (const s of d.scaling) lines.push(`  | ${s.shapes} (${s.countries}) | ${s.fromInsertionMs} ms | ${s.warmRenderMs} ms |`);
    lines.push('');
  }
  if (d.manyWidgets) {
    const m = d.manyWidgets;
    lines.push(
      `- 30-widget page: first visible render ${m.firstVisibleRenderMs} ms after navigation start (the ${m.inFirstScreen} widgets in the first screen ready); ${m.readyBeforeScrolling} of ${m.widgets} widgets rendered before scrolling, all ${m.widgets} ready ${m.allReadyAfterScrollingMs} ms after navigation start while scrolling through; data fetches ${m.dataFetches}; page JS ${fmtBytes(m.jsGzipBytes)}, data ${fmtBytes(m.dataGzipBytes)}.`,
    );
  }
  if (d.cycles) {
    const c = d.cycles;
    lines.push(`- ${c.cycles} mount/unmount cycles (map + chart): JS heap after GC ${c.heapBeforeMB} MB before → ${c.heapAfterMB} MB after; ${c.msPerCycle} ms per cycle; Vega View objects alive after GC per run: ${c.vegaViewObjectsAfterGc.join(', ')}; liveViews counter: ${c.liveViewsCounter.join(', ')}.`);
  }
  if (d.hover) {
    const h = d.hover;
    lines.push(
      `- Hover: median ${h.medianMs} ms, max ${h.maxMs} ms over ${h.moves} moves; p95 per run ${h.p95PerRunMs.join(', ')} ms. Split: the browser's input queue (event time to the page's first listener, which includes Chrome aligning pointer moves to frames) median ${h.queuedMedianMs} ms, p95 ${h.queuedP95Ms} ms; the page's own handling (first listener to tooltip text) median ${h.handlingMedianMs} ms, p95 ${h.handlingP95Ms} ms.`,
    );
  }
  if (d.cardPage) {
    lines.push(`- Card page: ${fmtBytes(d.cardPage.jsGzipBytes)} JS with the element's own entry (\`dist/elements/case-study-card.js\`, the goal figure), **${fmtBytes(d.cardPage.scriptTagBundleJsGzipBytes)} with the README's script-tag bundle** (which loads each element when its tag appears); data ${fmtBytes(d.cardPage.dataGzipBytes)}. Files: ${d.cardPage.files.map((f) => `\`${f.path.replace('/dist/', '')}\` ${f.gzip.toLocaleString('en-US')} B`).join(', ')}.`);
  }
  if (d.mapPage) {
    lines.push(`- Map page (element entry, the goal figures): ${d.mapPage.files.map((f) => `\`${f.path.replace('/dist/', '')}\` ${f.gzip.toLocaleString('en-US')} B`).join(', ')}. With the script-tag bundle instead: ${fmtBytes(d.mapPage.scriptTagBundleJsGzipBytes)} of JS.`);
  }
  if (results.notes.length || results.missing.length) {
    lines.push('', '## Notes', '', ...results.notes.map((n) => `- ${n}`), ...results.missing.map((n) => `- not measured: ${n}`));
  }
  lines.push('', `Full run: ${results.durationS} s. Raw numbers: [results.json](results.json).`, '');
  writeFileSync(join(repoRoot, 'bench/RESULTS.md'), lines.join('\n'));
}
