// The elements in a Vue 3 app: the tags declared custom elements (compilerOptions.isCustomElement),
// attributes and bound properties, events heard with `@nordic-select`. Elements from the npm
// build (dist/npm, built by npm test); Vue's full build from vendor-bundles.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, reactive } from './vue-vendor.js';
import type { CaseStudyCard, NordicErrorDetail, NordicFact, NordicSelectDetail } from '../../src/index.js';

const NPM_BUILD = '/dist/npm/index.js';
const isCustomElement = (tag: string) => tag.startsWith('nordic-') || tag.startsWith('case-study-');

/** Mounts a Vue app whose template is `template`, with `state` as its data and `handlers` as methods. */
function mount(template: string, state: Record<string, unknown>, handlers: Record<string, (event: CustomEvent) => void>) {
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp({ template, setup: () => ({ state, ...handlers }) });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.mount(host);
  return { host, unmount: () => (app.unmount(), host.remove()) };
}

describe('Vue 3', () => {
  before(async () => {
    await import(/* @vite-ignore */ NPM_BUILD);
  });

  it('renders the tags as custom elements, binds attributes and hears nordic-ready and nordic-error', async () => {
    const state = reactive({ fact: 'refugees', country: 'SE' });
    const ready: string[] = [];
    const errors: NordicErrorDetail[] = [];
    const { host, unmount } = mount(
      `<nordic-fact :fact="state.fact" :country="state.country" year="2024" theme="dark" @nordic-ready="onReady" @nordic-error="onError"></nordic-fact>`,
      state,
      { onReady: (event) => ready.push(event.detail.lang), onError: (event) => errors.push(event.detail) },
    );
    try {
      const fact = host.querySelector('nordic-fact') as NordicFact;
      expect(fact, 'Vue rendered the tag itself, not a component').to.be.instanceOf(customElements.get('nordic-fact')!);
      await waitUntil(() => ready.length === 1, 'nordic-ready reached the Vue handler');
      expect(fact.fact).to.equal('refugees');
      expect(fact.getAttribute('theme')).to.equal('dark');
      state.fact = 'no-such-fact';
      await nextTick();
      await waitUntil(() => errors.length > 0, 'nordic-error reached the Vue handler');
      expect(errors[0]).to.include({ code: 'invalid-attribute', attribute: 'fact', value: 'no-such-fact' });
    } finally {
      unmount();
    }
  });

  it('binds a number attribute and hears @nordic-select from a card', async () => {
    const selected: NordicSelectDetail[] = [];
    const ready: Event[] = [];
    const { host, unmount } = mount(
      `<case-study-card case="krokom" :heading-level="4" @nordic-ready="onReady" @nordic-select="onSelect"></case-study-card>`,
      reactive({}),
      { onReady: (event) => ready.push(event), onSelect: (event) => selected.push(event.detail) },
    );
    try {
      const card = host.querySelector('case-study-card') as CaseStudyCard;
      await waitUntil(() => ready.length > 0, 'the card is ready');
      expect(card.headingLevel).to.equal(4);
      expect(card.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('4');
      (card.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).click();
      expect(selected.map((detail) => detail.caseId)).to.deep.equal(['krokom']);
    } finally {
      unmount();
    }
  });
});
