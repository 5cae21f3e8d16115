// An editor (or a framework re-rendering) removes an attribute the widget had: Lit then sets its
// property to null. Every attribute of every element (from custom-elements.json), set and then
// removed on a drawn widget: nothing thrown uncaught, and the widget goes back to drawing without it.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { create, firstOutcome, manifestElements, settle, watchUncaught } from './hostile.js';

describe('hardening: removed attributes', () => {
  it('every attribute set, then removed, on a drawn widget', async function () {
    this.timeout(60_000);
    const uncaught = watchUncaught();
    const problems: string[] = [];
    let count = 0;
    try {
      const variants = (await manifestElements()).flatMap((entry) =>
        entry.tag === 'case-study-card'
          ? [{ ...entry, extra: {} as Record<string, string> }, { ...entry, extra: { case: '', municipality: 'Krokom', country: 'SE', methods: 'mentoring housing' } as Record<string, string> }]
          : [{ ...entry, extra: {} as Record<string, string> }],
      );
      for (const { tag, attributes, extra } of variants) {
        // The table view reads the attributes as the map and chart do, without drawing them.
        const element = create(tag, { loading: 'eager', ...(/map|chart/.test(tag) ? { view: 'table' } : {}), ...extra });
        const container = document.createElement('div');
        container.style.width = '360px';
        container.append(element);
        document.body.append(container);
        await firstOutcome(element);
        for (const attribute of attributes) {
          const before = element.getAttribute(attribute);
          const errorsBefore = uncaught.errors.length;
          element.setAttribute(attribute, before === null ? 'x' : before);
          await settle();
          element.removeAttribute(attribute);
          await settle(2);
          count++;
          if (uncaught.errors.length > errorsBefore) problems.push(`${tag} ${attribute}: ${uncaught.errors.slice(errorsBefore).join(' | ').slice(0, 300)}`);
          if (before !== null) element.setAttribute(attribute, before);
        }
        await settle(2);
        if (!element.shadowRoot?.childElementCount) problems.push(`${tag}: nothing rendered after the removals`);
        container.remove();
      }
    } finally {
      uncaught.stop();
    }
    expect(count, 'attributes tried').to.be.greaterThan(40);
    expect(problems).to.deep.equal([]);
  });
});
