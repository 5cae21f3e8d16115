// Every way a partner's file (`src`) can fail, for every element that reads one: the visible
// message in the widget's language, exactly one `nordic-error` with the right code, nothing
// thrown uncaught, a widget beside it unaffected. A server that never answers gets a message
// with Retry after the documented timeout, and its late answer is never drawn.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { LOAD_LIMITS } from '../../src/core/data-loader.js';
import { renderAllNow } from '../../src/core/lazy.js';
import type { NordicErrorDetail } from '../../src/core/events.js';
import { create, settle, watchUncaught } from './hostile.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each element that reads a partner file, the built-in file of that format, and what proves it drew. */
const READERS: { tag: string; file: string; format: 'cases' | 'series' | 'indicator' }[] = [
  { tag: 'case-study-card', file: '/data/case-studies/en.json', format: 'cases' },
  { tag: 'case-study-list', file: '/data/case-studies/en.json', format: 'cases' },
  { tag: 'nordic-lessons', file: '/data/case-studies/en.json', format: 'cases' },
  { tag: 'nordic-fact', file: '/data/country-series.json', format: 'series' },
  { tag: 'nordic-trend-chart', file: '/data/country-series.json', format: 'series' },
  { tag: 'nordic-migration-map', file: '/data/indicators/immigrant-background-share.json', format: 'indicator' },
];

/** A Swedish phrase of each code's message (the widgets are given `lang="sv"`). */
const SWEDISH: Record<string, string> = {
  'data-fetch': 'Kunde inte hämta data',
  'data-timeout': 'kom inte fram inom',
  'data-too-large': 'är större än',
  'data-parse': 'inte giltig JSON',
  'data-schema': 'inte det förväntade formatet',
  'unknown-id': 'Okänt värde för src',
};

const jsonUrl = (data: unknown): string => URL.createObjectURL(new Blob([typeof data === 'string' ? data : JSON.stringify(data)], { type: 'application/json' }));

/** The built-in file, parsed, as a starting point for a broken one. */
async function builtIn(path: string): Promise<Json> {
  return (await (await fetch(path)).json()) as Json;
}

interface Case {
  name: string;
  src: string;
  code: NordicErrorDetail['code'];
}

/** The broken files of every kind for one format; the format's own rules where they apply. */
async function brokenFiles(reader: (typeof READERS)[number]): Promise<Case[]> {
  const file = await builtIn(reader.file);
  const cases: Case[] = [
    { name: '404', src: '/test-hostile/?status=404', code: 'data-fetch' },
    { name: '500', src: '/test-hostile/?status=500', code: 'data-fetch' },
    { name: 'network error', src: 'http://127.0.0.1:9/unreachable.json', code: 'data-fetch' },
    { name: 'invalid JSON', src: jsonUrl('{"format": "nordic-'), code: 'data-parse' },
    { name: 'schema mismatch', src: jsonUrl({ ...file, format: 'something-else/9' }), code: 'data-schema' },
    { name: 'over the size cap (announced)', src: '/test-hostile/?declare=50000000', code: 'data-too-large' },
    { name: 'over the size cap (streamed, endless)', src: '/test-hostile/?endless', code: 'data-too-large' },
  ];
  const copy = (): Json => structuredClone(file);
  if (reader.format === 'cases') {
    const twice = copy();
    twice['cases'].push({ ...twice['cases'][0] });
    cases.push({ name: 'duplicate ids', src: jsonUrl(twice), code: 'data-schema' });
  }
  if (reader.format === 'series') {
    const twice = copy();
    const population = twice['series']['population'];
    population.years[1] = population.years[0];
    cases.push({ name: 'duplicate years', src: jsonUrl(twice), code: 'data-schema' });
    const short = copy();
    short['series']['net-migration'].values.SE.pop();
    cases.push({ name: 'mismatched array lengths', src: jsonUrl(short), code: 'data-schema' });
  }
  if (reader.format === 'indicator') {
    const twice = copy();
    twice['years'][1] = twice['years'][0];
    cases.push({ name: 'duplicate years', src: jsonUrl(twice), code: 'data-schema' });
    const short = copy();
    const first = Object.keys(short['values'])[0]!;
    short['values'][first].pop();
    cases.push({ name: 'mismatched array lengths', src: jsonUrl(short), code: 'data-schema' });
    const unknown = copy();
    unknown['values']['DK-999'] = unknown['values'][first];
    cases.push({ name: 'unknown municipality ids', src: jsonUrl(unknown), code: 'unknown-id' });
  }
  return cases;
}

/** Counts an element's `nordic-error` events from now on. */
function errorsOf(element: Element): NordicErrorDetail[] {
  const seen: NordicErrorDetail[] = [];
  element.addEventListener('nordic-error', (event) => seen.push((event as CustomEvent<NordicErrorDetail>).detail));
  return seen;
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    renderAllNow(); // widgets far down the test page would otherwise wait to be scrolled to
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const alertText = (element: Element): string => element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** When the slow server answers (ms); the shortened timeout is well before it. */
const ANSWER_AFTER = 700;

describe('hardening: broken partner files', () => {
  const savedTimeout = LOAD_LIMITS.timeout;
  afterEach(() => {
    LOAD_LIMITS.timeout = savedTimeout;
  });

  it('each failure shows its localized message and one nordic-error; nothing else is affected', async function () {
    this.timeout(60_000);
    const uncaught = watchUncaught();
    const container = document.createElement('div');
    container.lang = 'sv';
    document.body.append(container);
    // A working widget beside the broken ones.
    const bystander = create('nordic-fact');
    const bystanderReady = new Promise((resolve) => bystander.addEventListener('nordic-ready', resolve, { once: true }));
    container.append(bystander);
    const runs: { label: string; element: HTMLElement; errors: NordicErrorDetail[]; code: string }[] = [];
    for (const reader of READERS) {
      for (const broken of await brokenFiles(reader)) {
        // Fact and card show one thing only; give the card an example of the file.
        const element = create(reader.tag, { src: broken.src });
        runs.push({ label: `${reader.tag} ${broken.name}`, element, errors: errorsOf(element), code: broken.code });
        container.append(element);
      }
    }
    renderAllNow();
    try {
      await until(() => runs.every((run) => run.errors.length > 0), `errors from ${runs.filter((r) => !r.errors.length).map((r) => r.label).join(', ')}`, 20_000);
      await bystanderReady;
      await settle(5); // a second report would come now
      const wrong = runs.flatMap((run) => {
        const problems: string[] = [];
        if (run.errors.length !== 1) problems.push(`${run.label}: ${run.errors.length} nordic-error events (${run.errors.map((e) => e.code).join(', ')})`);
        const [first] = run.errors;
        if (first?.code !== run.code) problems.push(`${run.label}: code ${first?.code}, expected ${run.code}`);
        const shown = alertText(run.element);
        if (!first || !shown.includes(first.message.replace(/\s+/g, ' ').slice(0, 40))) problems.push(`${run.label}: the message is not shown (${shown.slice(0, 80)})`);
        if (!shown.includes(SWEDISH[run.code]!)) problems.push(`${run.label}: not in Swedish: ${shown.slice(0, 100)}`);
        return problems;
      });
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
      console.log(`hardening: ${runs.length} broken-file cases on ${READERS.length} elements`);
      expect(alertText(bystander), 'the working widget has no message').to.equal('');
      expect(bystander.shadowRoot!.querySelector('.figure')?.textContent?.trim(), 'the working widget shows its figure').to.match(/\d/);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
      container.remove();
    }
  });

  it('a server that never answers: a message with Retry after the timeout, no late render, Retry loads', async function () {
    this.timeout(30_000);
    const uncaught = watchUncaught();
    LOAD_LIMITS.timeout = 250;
    const container = document.createElement('div');
    container.lang = 'sv';
    document.body.append(container);
    const runs = READERS.map((reader) => {
      const element = create(reader.tag, { src: `/test-hostile/?delay=${ANSWER_AFTER}&file=${reader.file}&run=${Math.random()}` });
      container.append(element);
      return { tag: reader.tag, element, errors: errorsOf(element) };
    });
    renderAllNow();
    try {
      const started = performance.now();
      await until(() => runs.every((run) => run.errors.length > 0), 'timeout messages');
      expect(performance.now() - started, 'the message comes with the timeout, not with the answer').to.be.lessThan(ANSWER_AFTER);
      // A map draws what it has (its areas without figures); its first picture then gives way to
      // the complete view, which is no late render.
      await until(() => runs.every((run) => !run.element.shadowRoot!.querySelector('[data-areas]')), 'first pictures replaced');
      const shown = new Map(runs.map((run) => [run.element, run.element.shadowRoot!.innerHTML]));
      for (const run of runs) {
        expect(run.errors.map((e) => e.code), run.tag).to.deep.equal(['data-timeout']);
        expect(alertText(run.element), run.tag).to.contain(SWEDISH['data-timeout']).and.contain('0 sekunder');
        expect(run.element.shadowRoot!.querySelector('[role="alert"] button.retry'), `${run.tag} offers Retry`).to.exist;
      }
      // The server answers now; the widgets drop it.
      await new Promise((resolve) => setTimeout(resolve, ANSWER_AFTER - (performance.now() - started) + 200));
      await settle(3);
      for (const run of runs) {
        expect(run.element.shadowRoot!.innerHTML, `${run.tag} drew nothing late`).to.equal(shown.get(run.element));
        expect(run.errors.length, run.tag).to.equal(1);
      }
      // Retry with patience: the file arrives and is drawn, the message goes.
      LOAD_LIMITS.timeout = 10_000;
      for (const run of runs) run.element.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button.retry')!.click();
      await until(() => runs.every((run) => alertText(run.element) === ''), `messages gone after Retry: ${runs.filter((r) => alertText(r.element)).map((r) => r.tag).join(', ')}`);
      expect(runs.map((run) => run.errors.length)).to.deep.equal(runs.map(() => 1));
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
      container.remove();
    }
  });
});
