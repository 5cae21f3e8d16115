#!/usr/bin/env node
/**
 * The element reference, docs/elements/<tag>.md and docs/elements/README.md, written from
 * custom-elements.json (made by `npm run build`). `npm run docs` rewrites them;
 * test/build/element-docs.test.mjs fails when the committed files differ from what the current
 * manifest gives, so a changed attribute or description cannot leave the reference behind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementHtml, parseUnion } from '../demo/configure-model.js';
import { sourceModule } from './manifest-paths.mjs';

const GENERATED = '<!-- Written by `npm run docs` (scripts/element-docs.mjs) from custom-elements.json; do not edit. -->';
/** Members every widget inherits that are plumbing, not part of a page author's interface. */
const INTERNAL_METHODS = new Set(['refreshLocale', 'emit']);

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** `'a' | 'b'` → `` `a`, `b` ``; other types as code. */
function values(typeText) {
  if (!typeText) return '';
  const union = parseUnion(typeText);
  if (union) return union.map((value) => `\`${value}\``).join(', ');
  return `\`${typeText.replace(/ \| undefined$/, '')}\``;
}

function defaultOf(text) {
  return text === undefined || text === 'undefined' || text === "''" ? '' : `\`${text.replace(/^'(.*)'$/, '$1')}\``;
}

function section(title, body, intro = '') {
  return body ? `## ${title}\n\n${intro ? `${intro}\n\n` : ''}${body}\n` : '';
}

/** All custom-element declarations of the manifest, by tag. */
export function declarationsOf(manifest) {
  const found = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.set(declaration.tagName, { ...declaration, path: sourceModule(module.path) });
    }
  }
  return found;
}

/** The reference page of one element. */
export function elementDoc(declaration, example) {
  const attributes = declaration.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const publicMembers = (declaration.members ?? []).filter((member) => !member.static && !member.privacy);
  const properties = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method' && !INTERNAL_METHODS.has(member.name));
  // The analyzer also lists an event for `dispatchEvent(new CustomEvent(type))` in the base class: only documented events count.
  const events = (declaration.events ?? []).filter((event) => event.name && event.description);
  const slots = declaration.slots ?? [];
  const parts = declaration.cssParts ?? [];
  const cssProperties = declaration.cssProperties ?? [];
  const tag = declaration.tagName;

  return [
    GENERATED,
    `# \`<${tag}>\``,
    '',
    `${declaration.summary ?? ''}`,
    '',
    `${(declaration.description ?? '').replace(/\s*\n\s*/g, ' ')}`,
    '',
    '```html',
    example,
    '```',
    '',
    `Try every attribute in the configurator: \`npm start\`, then <http://localhost:8000/demo/configure.html?element=${tag}>.`,
    `Source: [\`${declaration.path}\`](../../${declaration.path}).`,
    '',
    section('Attributes', table(['Attribute', 'Values', 'Default', 'Description'], attributes.map((a) => [`\`${a.name}\``, values(a.type?.text), defaultOf(a.default), a.description]))),
    section(
      'Properties',
      table(['Property', 'Attribute', 'Type', 'Description'], properties.map((p) => [`\`${p.name}\``, attributeFields.has(p.name) ? `\`${p.attribute ?? attributes.find((a) => a.fieldName === p.name)?.name}\`` : '', `\`${p.type?.text ?? ''}\`${p.readonly ? ' (read-only)' : ''}`, p.description])),
      'Each attribute has a property of the same value (for scripts and frameworks); some properties have no attribute.',
    ),
    section('Methods', table(['Method', 'Description'], methods.map((m) => [`\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``, m.description]))),
    section('Events', table(['Event', 'Description'], events.map((e) => [`\`${e.name}\``, e.description])), 'All bubble and cross shadow roots (`composed`).'),
    section('Slots', table(['Slot', 'Description'], slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]))),
    section('CSS parts', table(['Part', 'Description'], parts.map((p) => [`\`${p.name}\``, p.description])), 'Style them from the page with `::part()`, e.g. `' + `${tag}::part(${parts[0]?.name ?? 'x'})` + ' { … }`.'),
    section('CSS custom properties', table(['Property', 'Description'], cssProperties.map((p) => [`\`${p.name}\``, p.description])), 'Set them on the element or any ancestor.'),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}

/** The index of the reference. */
export function indexDoc(declarations) {
  const rows = [...declarations.values()].map((d) => [`[\`<${d.tagName}>\`](${d.tagName}.md)`, d.summary ?? '']);
  return `${GENERATED}\n# Element reference\n\nOne page per element, written from \`custom-elements.json\` (the Custom Elements Manifest): attributes with their allowed values and defaults, properties, methods, events, slots, CSS parts and custom properties.\n\n${table(['Element', 'What it shows'], rows)}\n`;
}

/** Every file of the reference: path under docs/elements/ → contents. */
export function referenceFiles(manifest) {
  const declarations = new Map([...declarationsOf(manifest)].sort(([a], [b]) => a.localeCompare(b)));
  const files = new Map([['README.md', indexDoc(declarations)]]);
  for (const [tag, declaration] of declarations) files.set(`${tag}.md`, elementDoc(declaration, elementHtml(tag, EXAMPLES[tag] ?? [])));
  return files;
}

/** One typical use per element (attribute values the elements accept, checked by the docs test). */
export const EXAMPLES = {
  'nordic-migration-map': [['indicator', 'refugees-per-1000'], ['countries', 'SE NO'], ['controls', true]],
  'nordic-trend-chart': [['series', 'population'], ['mode', 'index'], ['countries', 'DK FI IS NO SE nordic']],
  'nordic-fact': [['fact', 'migration-share']],
  'case-study-card': [['case', 'krokom']],
  'case-study-list': [['country', 'NO SE'], ['for', 'map']],
  'nordic-lessons': [['for', 'examples']],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const dir = new URL('docs/elements/', root);
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of referenceFiles(manifest)) writeFileSync(new URL(name, dir), contents);
  console.log(`docs/elements/: ${referenceFiles(manifest).size} files`);
}
