import { expect } from '@open-wc/testing';
import { normalizeLang, resolveLang } from '../../src/core/lang.js';

describe('normalizeLang', () => {
  it('maps regional and Norwegian tags to supported languages', () => {
    expect(normalizeLang('sv-FI')).to.equal('sv');
    expect(normalizeLang('no')).to.equal('nb');
    expect(normalizeLang('nn-NO')).to.equal('nb');
    expect(normalizeLang('nb')).to.equal('nb');
    expect(normalizeLang('IS')).to.equal('is');
    expect(normalizeLang('de')).to.equal(null);
    expect(normalizeLang('')).to.equal(null);
  });
});

describe('resolveLang', () => {
  it('prefers the element, then ancestors, then the browser', () => {
    const outer = document.createElement('div');
    outer.lang = 'da';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(resolveLang(inner, ['fi'])).to.equal('da');
    inner.lang = 'fi';
    expect(resolveLang(inner, ['sv'])).to.equal('fi');
    const loose = document.createElement('span');
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      expect(resolveLang(loose, ['de-DE', 'nn'])).to.equal('nb');
      expect(resolveLang(loose, ['de-DE'])).to.equal('en');
    } finally {
      if (before !== null) html.setAttribute('lang', before);
    }
  });

  it('falls back to English for an explicit unsupported language', () => {
    const element = document.createElement('span');
    element.lang = 'de';
    expect(resolveLang(element, ['sv'])).to.equal('en');
  });

  it('crosses shadow roots', () => {
    const host = document.createElement('div');
    host.lang = 'is';
    const root = host.attachShadow({ mode: 'open' });
    const child = document.createElement('p');
    root.append(child);
    expect(resolveLang(child, ['en'])).to.equal('is');
  });
});
