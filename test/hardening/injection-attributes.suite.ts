// Every hostile payload in every attribute (and every documented custom property) of every
// element, as listed by custom-elements.json: nothing runs, no markup becomes elements, no
// address other than http(s) is made, nothing loads from a payload, the layout holds.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { renderAllNow } from '../../src/core/lazy.js';
import { CANARY, PAYLOADS, create, strictCsp, findBreaches, firstOutcome, outcomes, manifestElements, overflowing, settle, watchUncaught, type ManifestElement } from './hostile.js';

/** Payloads whose layout is checked (the rest cannot change a width). */
const LAYOUT_PAYLOADS = new Set(['very long', 'right-to-left override', 'zero-width and control', 'img onerror']);
const CSS_PAYLOADS = ['css breakout', 'css url', 'javascript: url', 'very long', 'svg onload'];

describe('hardening: hostile attribute values', () => {
  let elements: ManifestElement[] = [];
  let csp: ReturnType<typeof strictCsp>;
  let violations: string[] = [];

  before(async () => {
    elements = await manifestElements();
    // As a partner with a strict policy would: no style attributes, images only from here.
    csp = strictCsp();
    violations = csp.violations;
  });
  after(() => csp.stop());

  it('the manifest lists the six elements and their attributes', () => {
    expect(elements.map((e) => e.tag).sort()).to.deep.equal(['case-study-card', 'case-study-list', 'nordic-fact', 'nordic-lessons', 'nordic-migration-map', 'nordic-trend-chart']);
    expect(elements.every((e) => e.attributes.length >= 3)).to.equal(true);
  });

  it('no payload in any attribute runs, becomes markup or a link, or breaks the layout', async function () {
    this.timeout(120_000);
    const uncaught = watchUncaught();
    const breaches: string[] = [];
    let combinations = 0;
    const container = document.createElement('div');
    container.style.cssText = 'width: 360px; margin-left: 20px';
    document.body.append(container);
    try {
      for (const { tag, attributes } of elements) {
        const started = performance.now();
        // One instance per attribute, all given the same payload at once (one wait per payload,
        // not one per attribute × payload); each instance keeps its other attributes as usual.
        const instances = attributes.map(() => create(tag));
        container.append(...instances);
        // (outcomes() releases the instances below the fold, which would otherwise wait for idle time.)
        expect(await outcomes(instances), `${tag} renders before the payloads`).to.deep.equal(instances.map(() => 'ready'));
        for (const [name, payload] of Object.entries(PAYLOADS)) {
          attributes.forEach((attribute, i) => instances[i]!.setAttribute(attribute, payload));
          await Promise.all(instances.map((element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete));
          await new Promise((resolve) => setTimeout(resolve));
          combinations += attributes.length;
          for (const breach of findBreaches(container)) breaches.push(`${tag} ${name}: ${breach}`);
          if (LAYOUT_PAYLOADS.has(name)) instances.forEach((element, i) => overflowing(element, container).forEach((out) => breaches.push(`${tag}[${attributes[i]}] ${name}: ${out}`)));
        }
        await settle(3);
        for (const breach of findBreaches(container)) breaches.push(`${tag} after all payloads: ${breach}`);
        instances.forEach((element) => element.remove());
        console.log(`${tag}: ${Math.round(performance.now() - started)} ms`);
      }
    } finally {
      container.remove();
      uncaught.stop();
    }
    expect(combinations, 'payloads × attributes tried').to.equal(elements.reduce((n, e) => n + e.attributes.length, 0) * Object.keys(PAYLOADS).length);
    console.log(`hardening: ${combinations} attribute × payload combinations on ${elements.length} elements`);
    expect((window as unknown as Record<string, unknown>)[CANARY], 'canary').to.equal(undefined);
    expect(breaches.slice(0, 20), `${breaches.length} breaches`).to.deep.equal([]);
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
  });

  it('no payload in a documented custom property loads anything or hides the widget', async function () {
    this.timeout(60_000);
    const uncaught = watchUncaught();
    const problems: string[] = [];
    let combinations = 0;
    for (const { tag, cssProperties } of elements) {
      const container = document.createElement('div');
      container.style.cssText = 'width: 360px';
      const element = create(tag);
      const outcome = firstOutcome(element);
      container.append(element);
      document.body.append(container);
      renderAllNow();
      await outcome;
      // Every custom property at once, one payload after the other.
      for (const name of CSS_PAYLOADS) {
        for (const property of cssProperties) element.style.setProperty(property, PAYLOADS[name]!);
        // A theme change redraws the drawing widgets with the colours read again.
        element.setAttribute('theme', combinations % 2 ? 'dark' : 'light');
        await settle(2);
        combinations += cssProperties.length;
        for (const breach of findBreaches(container)) problems.push(`${tag} ${name}: ${breach}`);
        const box = element.getBoundingClientRect();
        if (box.height < 20 || getComputedStyle(element).display === 'none') problems.push(`${tag} ${name}: hidden (${box.height}px)`);
        if (name === 'very long') for (const out of overflowing(element, container)) problems.push(`${tag}: ${out}`);
        for (const property of cssProperties) element.style.removeProperty(property);
      }
      container.remove();
    }
    uncaught.stop();
    console.log(`hardening: ${combinations} custom property × payload combinations`);
    expect(combinations).to.be.greaterThan(50);
    expect(problems.slice(0, 20), `${problems.length} problems`).to.deep.equal([]);
    // A custom property is page CSS, as trusted as the partner's stylesheet: where a colour token
    // is used in a `background` shorthand, an image in it loads like any CSS image would (README).
    expect(violations.filter((v) => !v.startsWith('img-src https://canary.invalid/')), 'CSP violations').to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
