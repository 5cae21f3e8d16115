// Every hostile payload in every string field of a partner file (names, labels, sources, case
// texts, links), for every element that reads one (`src`): the built-in file of each format with
// the payload in each of its strings, less the fields its schema refuses in that form (ids,
// enums, `https?://` links: named by checkPartnerFile and put back), served from this origin.
// Nothing runs, no markup becomes elements, no link other than http(s) is made, the payload is
// shown as text, the layout holds.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { checkPartnerFile } from '../../src/core/partner-checks.js';
import type { Schema } from '../../src/core/json-schema.js';
import { CANARY, PAYLOADS, deepElements, findBreaches, outcomes, overflowing, strictCsp, watchUncaught } from './hostile.js';

type Json = unknown;

const FORMATS = {
  cases: { file: '/data/case-studies/en.json', schema: '/data/schemas/case-studies-localized.schema.json' },
  series: { file: '/data/country-series.json', schema: '/data/schemas/country-series.schema.json' },
  // Denmark's 98 municipalities: a full map, drawn quickly.
  indicator: { file: '/data/indicators/immigrant-background-share.json', schema: '/data/schemas/indicator.schema.json' },
} as const;
type Format = keyof typeof FORMATS;

const READERS: { tag: string; format: Format; attributes: Record<string, string> }[] = [
  { tag: 'case-study-card', format: 'cases', attributes: {} },
  { tag: 'case-study-list', format: 'cases', attributes: {} },
  { tag: 'nordic-lessons', format: 'cases', attributes: {} },
  { tag: 'nordic-fact', format: 'series', attributes: {} },
  { tag: 'nordic-trend-chart', format: 'series', attributes: { countries: 'IS NO' } },
  { tag: 'nordic-migration-map', format: 'indicator', attributes: { countries: 'DK' } },
];

/** Payloads that are addresses replace a string; the rest are appended to it (so ids stay apart). */
const REPLACING = new Set(['javascript: url', 'data: url', 'vbscript: url']);
const LAYOUT_PAYLOADS = new Set(['very long', 'right-to-left override', 'zero-width and control', 'img onerror']);

/** The path of every string in `value`, in the validator's notation (`cases[3].sources[0].url`). */
function stringPaths(value: Json, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path ? `${path}.${key}` : key));
  return [];
}

const steps = (path: string): string[] => path.match(/[^.[\]]+/g) ?? [];

function setAt(root: Json, path: string, value: string): void {
  const keys = steps(path);
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

function getAt(root: Json, path: string): unknown {
  return steps(path).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
}

/**
 * The file with `payload` in every string the schema takes it in. Returns it and the paths put
 * back because the schema (or the format's own checks) refused the payload there.
 */
function inject(original: Json, schema: Schema, payloadName: string): { data: Json; refused: string[] } {
  const data = structuredClone(original);
  const paths = stringPaths(original);
  // Long enough to break any line, short enough for the 2 MB cap with one in every string.
  const payload = payloadName === 'very long' ? 'W'.repeat(Math.floor(1_500_000 / paths.length)) : PAYLOADS[payloadName]!;
  for (const path of paths) setAt(data, path, REPLACING.has(payloadName) ? payload : `${getAt(original, path) as string} ${payload}`);
  const refused = new Set<string>();
  for (let round = 0; round < 50; round++) {
    const errors = checkPartnerFile(schema, data, 10_000);
    if (!errors.length) return { data, refused: [...refused] };
    for (const { path } of errors) {
      // An error names a string, or an object whose strings are then all put back.
      const under = path === '(root)' ? paths : paths.filter((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
      if (!under.length) throw new Error(`${payloadName}: the schema refuses ${path}, which is no string`);
      for (const p of under) {
        refused.add(p);
        setAt(data, p, getAt(original, p) as string);
      }
    }
  }
  throw new Error(`${payloadName}: still refused after 50 rounds`);
}

/** Every text under the widget, through nested shadow roots. */
const deepText = (root: Element): string => [root, ...deepElements(root.shadowRoot!)].map((element) => (element.shadowRoot ? element.shadowRoot.textContent : '')).join(' ');

describe('hardening: hostile partner files', () => {
  let csp: ReturnType<typeof strictCsp>;
  let violations: string[] = [];
  // A partner's strict policy; the files come from the page's own origin.
  before(() => {
    csp = strictCsp("; connect-src 'self'");
    violations = csp.violations;
  });
  after(() => csp.stop());

  it('no payload in any string of a partner file runs, becomes markup or a link, or breaks the layout', async function () {
    this.timeout(120_000);
    const uncaught = watchUncaught();
    const problems: string[] = [];
    const refusedBy: Record<string, Set<string>> = {};
    let injected = 0;
    // Each format's file with each payload, stored on the test server.
    const sources: Record<string, string> = {};
    for (const [format, { file, schema }] of Object.entries(FORMATS)) {
      const [original, loadedSchema] = await Promise.all([fetch(`/verbatim${file}`).then((r) => r.json()), fetch(`/verbatim${schema}`).then((r) => r.json())]);
      const strings = stringPaths(original).length;
      for (const name of Object.keys(PAYLOADS)) {
        const { data, refused } = inject(original, loadedSchema as Schema, name);
        injected += strings - refused.length;
        for (const path of refused) (refusedBy[format] ??= new Set()).add(path.replace(/\[\d+\]/g, '[]').replace(/^series\.[^.]+\./, 'series.*.'));
        const url = `/test-hostile/stored/${format}-${Object.keys(PAYLOADS).indexOf(name)}.json`;
        const put = await fetch(url, { method: 'PUT', body: JSON.stringify(data) });
        expect(put.status, url).to.equal(204);
        sources[`${format} ${name}`] = url;
      }
    }
    const container = document.createElement('div');
    container.style.cssText = 'width: 360px; margin-left: 20px';
    document.body.append(container);
    let widgets = 0;
    try {
      for (const name of Object.keys(PAYLOADS)) {
        const elements = READERS.map(({ tag, format, attributes }) => {
          const element = document.createElement(tag);
          for (const [key, value] of Object.entries({ ...attributes, src: sources[`${format} ${name}`]! })) element.setAttribute(key, value);
          return element;
        });
        // The card shows the example named in `case`: the first one of the file, as the file names it.
        const cases = (await (await fetch(sources[`cases ${name}`]!)).json()) as { cases: { id: string }[] };
        elements[0]!.setAttribute('case', cases.cases[0]!.id);
        container.append(...elements);
        widgets += elements.length;
        const seen = await outcomes(elements);
        seen.forEach((outcome, i) => outcome !== 'ready' && problems.push(`${READERS[i]!.tag} ${name}: ${outcome}`));
        for (const breach of findBreaches(container)) problems.push(`${name}: ${breach}`);
        if (LAYOUT_PAYLOADS.has(name)) for (const element of elements) for (const out of overflowing(element, container)) problems.push(`${element.localName} ${name}: ${out}`);
        // Text stays text: the markup is shown as the characters it is made of (the lessons show
        // only how many examples each conclusion has, no text of the file).
        if (name === 'img onerror') {
          for (const element of elements.filter((e) => e.localName !== 'nordic-lessons')) if (!deepText(element).includes('<img src=x onerror=')) problems.push(`${element.localName}: the markup payload is not shown as text`);
        }
        elements.forEach((element) => element.remove());
      }
    } finally {
      container.remove();
      uncaught.stop();
    }
    console.log(`hardening: ${Object.keys(PAYLOADS).length} payloads × every string of 3 partner formats (${injected} strings injected) on ${widgets} widgets; refused by the schema: ${Object.entries(refusedBy).map(([format, paths]) => `${format}: ${[...paths].join(' ')}`).join('; ')}`);
    expect(problems.slice(0, 30), `${problems.length} problems`).to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[CANARY], 'canary').to.equal(undefined);
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });
});
