// Loading the library, rendering every element and removing them all changes nothing global
// besides the custom element definitions and what README "Security and CSP" lists.
import { expect } from '@open-wc/testing';
import { instrument } from './instrument.js';
import { create, settle } from './hostile.js';

const BUILT_INS = { Object, Array, Function, String, Number, Boolean, Promise, Map, Set, WeakMap, RegExp, JSON, Math, Date, Symbol, EventTarget, Node, Element, HTMLElement, SVGElement, Document, ShadowRoot, CustomEvent };

function snapshot(): Record<string, string[]> {
  const keys = (target: object): string[] => Reflect.ownKeys(target).map(String).sort();
  return {
    window: keys(window),
    ...Object.fromEntries(Object.entries(BUILT_INS).flatMap(([name, value]) => [[name, keys(value)], ...('prototype' in value && value.prototype ? [[`${name}.prototype`, keys(value.prototype as object)]] : [])])),
    styles: [...document.querySelectorAll('style, link[rel="stylesheet"]')].map((node) => node.outerHTML.slice(0, 80)),
    adopted: document.adoptedStyleSheets.map((_, i) => String(i)),
    head: [...document.head.children].map((node) => node.outerHTML.slice(0, 80)),
  };
}

describe('hardening: no global side effects', () => {
  it('leaves window, the built-ins, document styles and page listeners as they were', async function () {
    this.timeout(30_000);
    const probe = instrument();
    const before = snapshot();
    const listenersBefore = probe.held().listenerKeys;
    try {
      await import('../../src/index.js');
      const { renderAllNow } = await import('../../src/core/lazy.js');
      const tags = ['case-study-card', 'case-study-list', 'nordic-fact', 'nordic-lessons', 'nordic-migration-map', 'nordic-trend-chart'];
      const elements = tags.map((tag) => create(tag));
      const ready = elements.map((element) => new Promise((resolve) => element.addEventListener('nordic-ready', resolve, { once: true })));
      document.body.append(...elements);
      const timer = setInterval(renderAllNow, 50);
      await Promise.all(ready);
      clearInterval(timer);
      elements.forEach((element) => element.remove());
      await settle(3);
      const after = snapshot();
      const added = (key: string): string[] => after[key]!.filter((name) => !before[key]!.includes(name));
      const removed = (key: string): string[] => before[key]!.filter((name) => !after[key]!.includes(name));
      // Lit's own version registries (every Lit element on any page adds them) and our diagnostics symbol.
      const allowedGlobals = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litIssuedWarnings', 'Symbol(nordic-integration-widgets)'];
      expect(added('window').filter((name) => !allowedGlobals.includes(name)), 'new globals').to.deep.equal([]);
      for (const key of Object.keys(before).filter((k) => k !== 'window')) {
        expect([...added(key), ...removed(key)], key).to.deep.equal([]);
      }
      const listenersAfter = probe.held().listenerKeys.filter((key) => !listenersBefore.includes(key));
      expect(listenersAfter.map((key) => key.replace(/ #\d+/, '')), 'page-level listeners left').to.deep.equal(['window beforeprint']);
    } finally {
      probe.restore();
    }
  });
});
