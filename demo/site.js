/**
 * What every demo page shares: the navigation (overview, article, one configurator page per
 * element, listed from custom-elements.json) and the language picker. The language comes from
 * `?lang=` (so a link or a screenshot script can ask for one), sets `<html lang>`, and travels
 * with every navigation link. DOM is built with createElement/textContent only.
 */
import { describeElements } from './configure-model.js';
import { LANGUAGES, pickLanguage, text } from './configure-text.js';

/** The order elements are listed in (others, if the manifest has more, follow). */
const ORDER = ['nordic-migration-map', 'nordic-trend-chart', 'nordic-fact', 'case-study-card', 'case-study-list', 'nordic-lessons'];

let manifestPromise;
/** The manifest's elements, loaded once per page. */
export function loadElements() {
  manifestPromise ??= fetch(new URL('../custom-elements.json', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
      return response.json();
    })
    .then((manifest) => describeElements(manifest).sort((a, b) => rank(a.tag) - rank(b.tag)));
  return manifestPromise;
}

function rank(tag) {
  const index = ORDER.indexOf(tag);
  return index === -1 ? ORDER.length : index;
}

/** The language asked for in the address, else the page's own. */
export function currentLanguage() {
  return pickLanguage(new URLSearchParams(location.search).get('lang') ?? document.documentElement.lang);
}

function link(href, label, current) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  if (current) a.setAttribute('aria-current', 'page');
  return a;
}

/** Keeps `?lang=` on every same-site link, so the reader's language follows them. */
function carryLanguage(nav, lang) {
  for (const a of nav.querySelectorAll('a[href]')) {
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) continue;
    url.searchParams.set('lang', lang);
    a.href = url.pathname + url.search + url.hash;
  }
}

/** The header's brand link, menu and language picker, in `header`. */
function buildHeader(header) {
  const brand = document.createElement('p');
  brand.className = 'brand';
  brand.append(link('./', 'nordic-integration-widgets', false));
  const nav = document.createElement('nav');
  nav.id = 'site-nav';
  const label = document.createElement('span');
  label.id = 'lang-label';
  const picker = document.createElement('select');
  picker.id = 'lang-picker';
  const wrapper = document.createElement('label');
  wrapper.className = 'lang';
  wrapper.append(label, ' ', picker);
  header.replaceChildren(brand, nav, wrapper);
  return { nav, picker, label };
}

/**
 * Fills the page's `<header class="site">` with the menu and the language picker; calls `onLanguage(lang)` now and on every change.
 * `page` is 'overview', 'article' or an element's tag (the configurator's current element).
 */
export async function setUpSite({ page, onLanguage }) {
  const { nav, picker, label } = buildHeader(document.querySelector('header.site'));
  let lang = currentLanguage();

  for (const [code, name] of LANGUAGES) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = name;
    option.lang = code;
    picker.append(option);
  }
  picker.value = lang;

  let elements = [];
  try {
    elements = await loadElements();
  } catch (error) {
    console.warn(error);
  }

  const renderNav = () => {
    const list = document.createElement('ul');
    const item = (...children) => {
      const li = document.createElement('li');
      li.append(...children);
      list.append(li);
    };
    item(link('./', text(lang, 'overview'), page === 'overview'));
    item(link('article.html', text(lang, 'article'), page === 'article'));
    const heading = document.createElement('span');
    heading.className = 'nav-group';
    heading.textContent = `${text(lang, 'title')}:`;
    item(heading);
    for (const element of elements) {
      const a = link(`configure.html?element=${encodeURIComponent(element.tag)}`, '', page === element.tag);
      const code = document.createElement('code');
      code.textContent = `<${element.tag}>`;
      a.append(code);
      item(a);
    }
    nav.replaceChildren(list);
    carryLanguage(nav, lang);
  };

  const apply = () => {
    document.documentElement.lang = lang;
    label.textContent = text(lang, 'language');
    nav.setAttribute('aria-label', text(lang, 'pages'));
    renderNav();
    onLanguage?.(lang);
  };
  picker.addEventListener('change', () => {
    lang = pickLanguage(picker.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
    apply();
  });
  apply();
  return { elements, language: () => lang };
}
