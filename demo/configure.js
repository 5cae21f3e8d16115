/**
 * The configurator (`configure.html?element=<tag>`): one control per attribute of the element,
 * generated from custom-elements.json; the widget follows every change; the embed code (script
 * tag with its integrity hash + the element) is printed and copied with one click.
 * Every node is built with createElement/textContent: attribute values and manifest text are
 * never parsed as HTML.
 */
import { SCRIPT_ENTRY, attributesToWrite, cdnUrl, embedCode } from './configure-model.js';
import { text } from './configure-text.js';
import { setUpSite } from './site.js';

/** What each page starts with, so the first view shows something worth embedding. */
const PRESETS = {
  'nordic-migration-map': { controls: true, highlight: 'case-studies' },
  'nordic-trend-chart': { series: 'population', mode: 'index', countries: 'DK FI IS NO SE nordic', controls: true },
  'nordic-fact': { fact: 'migration-share' },
  'case-study-card': { case: 'krokom' },
  'case-study-list': { country: 'SE', layout: 'list' },
  'nordic-lessons': {},
};
/** Typing waits this long before the widget redraws (a half-typed year would be refused). */
const TYPING_PAUSE_MS = 350;

const requested = new URLSearchParams(location.search).get('element') ?? 'nordic-migration-map';
const root = document.getElementById('configurator');
const status = document.getElementById('status');
const title = document.getElementById('page-title');

/** The build's record of the script (version and SRI hash), written by scripts/embed-snippet.mjs. */
const embedInfo = await fetch(new URL('../dist/embed.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);

let lang = 'en';
let ui;
let element;
/** The control values by attribute name: a string, or a boolean for boolean attributes. */
const values = {};
let source = embedInfo ? 'cdn' : 'local';
let widget;

const site = await setUpSite({
  page: requested,
  onLanguage(next) {
    lang = next;
    if (!element) return;
    // The picker sets the widget's language; the embed code says so too.
    values.lang = lang;
    applyToWidget();
    render();
  },
});
lang = site.language();
element = site.elements.find((candidate) => candidate.tag === requested);
if (!site.elements.length) {
  status.textContent = text(lang, 'loadFailed');
} else if (!element) {
  status.textContent = text(lang, 'unknownElement', { tag: requested });
  root.append(elementList(site.elements));
} else {
  Object.assign(values, PRESETS[element.tag] ?? {}, { lang });
  widget = document.createElement(element.tag);
  applyToWidget();
  render();
}

/** Links to every element's page (shown when the address names none we know). */
function elementList(elements) {
  const list = document.createElement('ul');
  for (const { tag } of elements) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `configure.html?element=${encodeURIComponent(tag)}&lang=${lang}`;
    a.textContent = `<${tag}>`;
    li.append(a);
    list.append(li);
  }
  return list;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key in node && key !== 'list') node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child != null));
  return node;
}

/** A manifest description (plain text with `code` spans) as text nodes and <code> elements. */
function description(textWithCode, id) {
  const p = el('p', { className: 'hint', id, lang: 'en' });
  textWithCode.split('`').forEach((part, i) => p.append(i % 2 ? el('code', { text: part }) : part));
  return p;
}

/** The control for one attribute, wired to `values`. */
function control(attribute) {
  const id = `attr-${attribute.name}`;
  const hintId = `${id}-hint`;
  const name = el('code', { text: attribute.name });
  const label = el('label', { htmlFor: id }, name);
  const hint = attribute.description ? description(attribute.description, hintId) : null;
  let input;
  if (attribute.kind === 'boolean') {
    input = el('input', { type: 'checkbox', id, checked: values[attribute.name] === true });
    input.addEventListener('change', () => update(attribute.name, input.checked));
    const field = el('div', { className: 'field field-boolean' }, input, label, hint);
    if (hint) input.setAttribute('aria-describedby', hintId);
    return field;
  }
  if (attribute.kind === 'choice') {
    input = el('select', { id });
    const fallback = attribute.defaultValue;
    const unset = fallback !== undefined && fallback !== '' ? text(lang, 'unsetDefault', { value: fallback }) : text(lang, 'unset');
    input.append(el('option', { value: '', text: unset }));
    for (const choice of attribute.choices) input.append(el('option', { value: choice, text: choice }));
    input.value = values[attribute.name] ?? '';
    input.addEventListener('change', () => update(attribute.name, input.value));
  } else {
    input = el('input', { type: attribute.kind === 'number' ? 'number' : 'text', id, value: values[attribute.name] ?? '', spellcheck: false, autocomplete: 'off' });
    if (attribute.defaultValue !== undefined && attribute.defaultValue !== '') input.placeholder = String(attribute.defaultValue);
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => update(attribute.name, input.value), TYPING_PAUSE_MS);
    });
    // Enter or leaving the field applies at once.
    input.addEventListener('change', () => {
      clearTimeout(timer);
      update(attribute.name, input.value);
    });
  }
  if (hint) input.setAttribute('aria-describedby', hintId);
  return el('div', { className: 'field' }, label, input, hint);
}

function update(name, value) {
  if (values[name] === value) return;
  values[name] = value;
  applyToWidget();
  showCode();
}

/**
 * Sets the written attributes on the widget. An attribute left empty goes back to its default
 * as the element itself writes it (it reflects `country=""`, `theme="auto"`), not removed:
 * some elements read a removed attribute as null.
 */
function applyToWidget() {
  const written = new Map(attributesToWrite(element, values));
  for (const attribute of element.attributes) {
    const value = written.get(attribute.name);
    if (value !== undefined) widget.setAttribute(attribute.name, value === true ? '' : value);
    else if (attribute.kind === 'boolean' || attribute.defaultValue === undefined) widget.removeAttribute(attribute.name);
    else widget.setAttribute(attribute.name, String(attribute.defaultValue));
  }
}

function scriptSource() {
  if (source === 'cdn' && embedInfo) return cdnUrl(embedInfo.name, embedInfo.version);
  return new URL(`../${SCRIPT_ENTRY}`, location.href).href;
}

function currentCode() {
  return embedCode({ src: scriptSource(), integrity: embedInfo?.integrity, tag: element.tag, attributes: attributesToWrite(element, values) });
}

function showCode() {
  ui.code.textContent = currentCode();
  ui.announce.textContent = '';
}

function announce(message) {
  // Emptied first, so the same word is announced again on a second copy.
  ui.announce.textContent = '';
  setTimeout(() => (ui.announce.textContent = message), 50);
}

async function copy() {
  const code = currentCode();
  try {
    await navigator.clipboard.writeText(code);
    announce(text(lang, 'copied'));
  } catch {
    // No clipboard access (an insecure address, or refused): select the code for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(ui.code);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    announce(text(lang, copied ? 'copied' : 'selected'));
  }
}

/** (Re)builds the page in the current language; the widget itself is moved, not recreated. */
function render() {
  document.title = `${element.tag}: ${text(lang, 'title')}`;
  title.replaceChildren(`${text(lang, 'title')}: `, el('code', { text: `<${element.tag}>` }));
  status.textContent = '';

  const form = el('form', { className: 'controls', 'aria-labelledby': 'attributes-heading' });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(el('h2', { id: 'attributes-heading', text: text(lang, 'attributes') }), ...element.attributes.map(control));

  const preview = el('section', { className: 'preview', 'aria-labelledby': 'preview-heading' }, el('h2', { id: 'preview-heading', text: text(lang, 'preview') }), el('div', { className: 'stage' }, widget));

  const sourcePicker = el('select', { id: 'script-source' });
  if (embedInfo) sourcePicker.append(el('option', { value: 'cdn', text: text(lang, 'cdn', { version: embedInfo.version }) }));
  sourcePicker.append(el('option', { value: 'local', text: text(lang, 'local') }));
  sourcePicker.value = source;
  sourcePicker.addEventListener('change', () => {
    source = sourcePicker.value;
    showCode();
  });
  const code = el('code', { id: 'embed-code' });
  const copyButton = el('button', { type: 'button', id: 'copy-code', text: text(lang, 'copy') });
  copyButton.addEventListener('click', copy);
  const announcer = el('p', { id: 'copy-status', className: 'copy-status', role: 'status' });
  const embed = el(
    'section',
    { className: 'embed', 'aria-labelledby': 'embed-heading' },
    el('h2', { id: 'embed-heading', text: text(lang, 'embed') }),
    el('p', { text: text(lang, 'embedHelp') }),
    el('div', { className: 'field' }, el('label', { htmlFor: 'script-source', text: text(lang, 'scriptFrom') }), sourcePicker),
    el('pre', { className: 'code', tabIndex: 0, 'aria-labelledby': 'embed-heading' }, code),
    el('div', { className: 'copy-row' }, copyButton, announcer),
  );

  const summary = el('p', { className: 'summary' }, el('span', { lang: 'en', text: element.summary }));
  const intro = el('p', { text: text(lang, 'intro') });
  root.replaceChildren(summary, intro, el('div', { className: 'workbench' }, form, el('div', { className: 'side' }, preview, embed)));
  ui = { code, announce: announcer };
  showCode();
}
