// Every attribute of every element (from custom-elements.json) given an empty, unknown,
// wrong-typed, out-of-range and huge value, each on its own widget: at most one `nordic-error`
// per widget, and when there is one its message is visible; nothing thrown uncaught; the widget
// still takes its place on the page.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { renderAllNow } from '../../src/core/lazy.js';
import type { NordicErrorDetail } from '../../src/core/events.js';
import { create, manifestElements, settle, watchUncaught } from './hostile.js';

const BAD_VALUES: Record<string, string> = {
  empty: '',
  unknown: 'no-such-value',
  'wrong type': 'three',
  'out of range': '-99999',
  huge: '9'.repeat(400),
};

/** Values that are refused for attributes which list what they accept (the rest take free text). */
const MUST_REFUSE: Record<string, string[]> = {
  'nordic-migration-map': ['level', 'view', 'renderer', 'scheme', 'method', 'classes', 'countries', 'indicator', 'year'],
  'nordic-trend-chart': ['series', 'mode', 'view', 'countries', 'from', 'to'],
  // `year` is read only by the year facts (`refugees`, …), not by the default one.
  'nordic-fact': ['fact', 'country', 'from', 'to'],
  'case-study-card': ['case'],
  'case-study-list': ['country', 'method', 'layout'],
};

describe('hardening: bad attribute values', () => {
  it('every attribute × empty, unknown, wrong type, out of range, huge', async function () {
    this.timeout(60_000);
    const uncaught = watchUncaught();
    const problems: string[] = [];
    let count = 0;
    const refusedBy = new Map<string, Set<string>>();
    for (const { tag, attributes } of await manifestElements()) {
      const container = document.createElement('div');
      container.style.cssText = 'width: 320px';
      document.body.append(container);
      const runs = attributes.flatMap((attribute) =>
        Object.entries(BAD_VALUES).map(([kind, value]) => {
          // The table view: the same reading of attributes without drawing 130 maps and charts.
          const element = create(tag, { ...(/map|chart/.test(tag) ? { view: 'table' } : {}), [attribute]: value });
          const errors: NordicErrorDetail[] = [];
          let last = performance.now();
          const note = (): void => void (last = performance.now());
          element.addEventListener('nordic-error', (event) => (errors.push((event as CustomEvent<NordicErrorDetail>).detail), note()));
          let ready = false;
          element.addEventListener('nordic-ready', () => ((ready = true), note()));
          container.append(element);
          // Shown: ready, refused, or (a table view, which waits for no drawing) the figures are there.
          const shown = (): boolean => !!element.shadowRoot?.querySelector('tbody tr') && !element.shadowRoot.querySelector('.loading, [aria-busy="true"]');
          return { attribute, kind, element, errors, answered: () => ready || errors.length > 0 || shown(), quiet: () => performance.now() - last > 200 };
        }),
      );
      count += runs.length;
      // Every widget has answered (ready or error) and then stayed quiet for a while.
      const end = performance.now() + 20_000;
      while (!runs.every((run) => run.answered() && run.quiet()) && performance.now() < end) {
        renderAllNow();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await settle(2);
      const silent = runs.filter((run) => !run.answered()).map((run) => `${run.attribute}="${run.kind}"`);
      if (silent.length) problems.push(`${tag}: neither shown nor refused: ${silent.join(', ')}`);
      for (const run of runs) {
        const label = `${tag}[${run.attribute}="${run.kind}"]`;
        if (run.errors.length > 1) problems.push(`${label}: ${run.errors.length} nordic-error events (${run.errors.map((e) => e.code + ' ' + e.attribute).join(', ')})`);
        if (run.errors.length) {
          (refusedBy.get(tag) ?? refusedBy.set(tag, new Set()).get(tag)!).add(run.attribute);
          const shown = run.element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
          if (!shown.includes(run.errors[0]!.message.replace(/\s+/g, ' ').slice(0, 30))) problems.push(`${label}: message not shown`);
        }
        if (run.element.getBoundingClientRect().height < 10) problems.push(`${label}: takes no space`);
      }
      for (const attribute of MUST_REFUSE[tag] ?? []) {
        const unknown = runs.find((run) => run.attribute === attribute && run.kind === 'unknown')!;
        if (!unknown.errors.length) problems.push(`${tag}[${attribute}="no-such-value"] was accepted silently`);
      }
      container.remove();
    }
    uncaught.stop();
    console.log(`hardening: ${count} bad attribute values; refusing attributes: ${[...refusedBy].map(([tag, set]) => `${tag}: ${[...set].join(' ')}`).join('; ')}`);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
