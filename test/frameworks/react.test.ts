// The elements in a React 19 app (React sets known properties, other props as attributes, and
// `on<event>` props as listeners on custom elements). The elements come from the npm build
// (dist/npm, built by npm test), as an app installs them; React from vendor-bundles.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRoot, flushSync } from './react-vendor.js';
import type { CaseStudyCard, NordicErrorDetail, NordicFact, NordicSelectDetail } from '../../src/index.js';

const NPM_BUILD = '/dist/npm/index.js';

describe('React 19', () => {
  let host: HTMLElement;
  let root: ReturnType<typeof createRoot>;
  before(async () => {
    await import(/* @vite-ignore */ NPM_BUILD);
  });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('passes attributes and properties, and hears nordic-ready', async () => {
    const ready: string[] = [];
    flushSync(() =>
      root.render(createElement('nordic-fact', { fact: 'refugees', country: 'SE', year: '2024', theme: 'dark', 'onnordic-ready': (event: CustomEvent<{ lang: string }>) => ready.push(event.detail.lang) })),
    );
    const fact = host.querySelector('nordic-fact') as NordicFact;
    await waitUntil(() => ready.length === 1, 'nordic-ready reached the React handler');
    expect(fact.fact).to.equal('refugees');
    expect(fact.getAttribute('country')).to.equal('SE');
    expect(fact.getAttribute('theme')).to.equal('dark');
    expect(fact.shadowRoot!.textContent).to.match(/163[\s,.\u00a0\u202f]?029/);
    // A new prop value reaches the element (React sets the property; the element draws again).
    flushSync(() => root.render(createElement('nordic-fact', { fact: 'refugees', country: 'NO', year: '2024' })));
    expect(fact.country).to.equal('NO');
  });

  it('hears nordic-error with its detail', async () => {
    const errors: NordicErrorDetail[] = [];
    flushSync(() => root.render(createElement('nordic-fact', { fact: 'no-such-fact', 'onnordic-error': (event: CustomEvent<NordicErrorDetail>) => errors.push(event.detail) })));
    await waitUntil(() => errors.length > 0, 'nordic-error reached the React handler');
    expect(errors[0]).to.include({ code: 'invalid-attribute', attribute: 'fact', value: 'no-such-fact' });
  });

  it('hears nordic-select from a card, and sets a number property', async () => {
    const selected: NordicSelectDetail[] = [];
    const ready: Event[] = [];
    flushSync(() =>
      root.render(
        createElement('case-study-card', {
          case: 'krokom',
          headingLevel: 4,
          'onnordic-ready': (event: Event) => ready.push(event),
          'onnordic-select': (event: CustomEvent<NordicSelectDetail>) => selected.push(event.detail),
        }),
      ),
    );
    const card = host.querySelector('case-study-card') as CaseStudyCard;
    await waitUntil(() => ready.length > 0, 'the card is ready');
    expect(card.headingLevel).to.equal(4);
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level'), 'the heading level came through the property').to.equal('4');
    (card.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).click();
    expect(selected.map((detail) => detail.caseId)).to.deep.equal(['krokom']);
  });
});
