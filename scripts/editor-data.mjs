/**
 * Editor and framework data made from the Custom Elements Manifest (`custom-elements.json`, made by
 * `cem analyze` in `npm run build`), so tag and attribute completion, the allowed values and the
 * descriptions all come from the elements' own source and documentation comments:
 * - `vscode.html-custom-data.json`: VS Code's HTML custom data (`html.customData` setting);
 * - `web-types.json`: JetBrains web-types (package.json `web-types`);
 * - `dist/types/react.d.ts` (+ an empty `dist/npm/react.js`): React's JSX intrinsic elements
 *   (`import type {} from 'nordic-integration-widgets/react'`).
 * Run with `node scripts/editor-data.mjs [root]` after the manifest and the type declarations exist.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The elements of a manifest: tag, descriptions, attributes and events (public, as documented). */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        type: attribute.type?.text ?? 'string',
        default: attribute.default,
        values: allowedValues(attribute.type?.text),
      })),
      // Documented events only (the analyzer also lists the shared emit helper's `type` argument).
      events: (declaration.events ?? []).filter((event) => event.name && event.description).map((event) => ({ name: event.name, description: event.description ?? '' })),
      slots: declaration.slots ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const LITERAL = /^(?:'([^'\\]*)'|"([^"\\]*)"|(-?\d+(?:\.\d+)?))$/;

/**
 * The values a type allows when it is a union of literals (`'auto' | 'light' | 'dark'`, `2 | 3`),
 * with `undefined`/`null` left out; undefined when any member is not a literal (`string`, `number`).
 */
export function allowedValues(typeText) {
  if (!typeText) return undefined;
  const members = typeText.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  const values = [];
  for (const member of members) {
    const match = LITERAL.exec(member);
    if (!match) return undefined;
    values.push(match[1] ?? match[2] ?? match[3]);
  }
  return values.length ? values : undefined;
}

const isBoolean = (attribute) => attribute.type.replace(/\s*\|\s*undefined/, '') === 'boolean';

/** Markdown for an attribute: its description, then its default as the source gives it. */
const attributeDoc = (attribute) =>
  [attribute.description, attribute.default !== undefined && attribute.default !== "''" ? `Default: \`${attribute.default}\`.` : ''].filter(Boolean).join(' ');

const elementDoc = (element) =>
  [
    element.description,
    element.events.length ? `Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}.` : '',
    element.slots.length ? `Slots: ${element.slots.map((slot) => (slot.name ? `\`${slot.name}\`` : 'default')).join(', ')}.` : '',
    element.cssParts.length ? `Parts: ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');

/** VS Code's HTML custom data, version 1.1. */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: elementDoc(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: { kind: 'markdown', value: attributeDoc(attribute) },
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

/** JetBrains web-types (schema version 2). */
export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: elementDoc(element),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attributeDoc(attribute),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: isBoolean(attribute) ? { type: 'boolean', required: false } : { type: attribute.values ? 'enum' : attribute.type, required: false },
            ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
          })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          js: { events: element.events.map((event) => ({ name: event.name, description: event.description })) },
          css: {
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** A TypeScript type for an attribute's value in JSX: its literals, or its plain type; anything else is a string. */
function jsxType(attribute) {
  if (attribute.values) return attribute.values.map((value) => (/^-?\d/.test(value) ? value : `'${value}'`)).join(' | ');
  const plain = attribute.type.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  return plain.every((member) => ['string', 'number', 'boolean'].includes(member)) ? plain.join(' | ') : 'string';
}

/**
 * React 19's JSX for our tags: each attribute by its HTML name with its allowed values, the
 * element's class for `ref`, and `onnordic-select`-style handlers (React 19 listens for a custom
 * element's events through `on` + the event's name).
 */
export function reactTypes(elements) {
  const quote = (name) => (/^[a-z]+$/i.test(name) ? name : `'${name}'`);
  const lines = [
    '// Made by scripts/editor-data.mjs from custom-elements.json: JSX types for React 19.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    "import type { NordicEventMap } from './src/core/events.js';",
    `import type { ${elements.map((element) => element.className).join(', ')} } from './src/index.js';`,
    '',
    '/** `onnordic-select`, `onnordic-ready`, `onnordic-error`: React 19 adds them as event listeners. */',
    'export type NordicEventProps = { [K in keyof NordicEventMap as `on${K}`]?: (event: NordicEventMap[K]) => void };',
    '',
    '/** The props of one of our tags in JSX: its attributes and events, plus what any element takes. */',
    'export type NordicElementProps<E extends HTMLElement, A> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & A & NordicEventProps;',
    '',
  ];
  for (const element of elements) {
    lines.push(`export interface ${element.className}Attributes {`);
    for (const attribute of element.attributes) {
      lines.push(`  /** ${attributeDoc(attribute).replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */`);
      lines.push(`  ${quote(attribute.name)}?: ${jsxType(attribute)};`);
    }
    lines.push('}', '');
  }
  lines.push("declare module 'react' {", '  namespace JSX {', '    interface IntrinsicElements {');
  for (const element of elements) {
    lines.push(`      /** ${element.summary.replace(/\*\//g, '*\\/')} */`);
    lines.push(`      '${element.tag}': NordicElementProps<${element.className}, ${element.className}Attributes>;`);
  }
  lines.push('    }', '  }', '}', '');
  return lines.join('\n');
}

/** Writes every file from the manifest in `root`. */
export function writeEditorData(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(root, 'vscode.html-custom-data.json'), json(vscodeCustomData(elements)));
  writeFileSync(join(root, 'web-types.json'), json(webTypes(elements, pkg)));
  mkdirSync(join(root, 'dist/types'), { recursive: true });
  mkdirSync(join(root, 'dist/npm'), { recursive: true });
  writeFileSync(join(root, 'dist/types/react.d.ts'), reactTypes(elements));
  // The JavaScript side of the `./react` export: types only, nothing to run.
  writeFileSync(join(root, 'dist/npm/react.js'), 'export {};\n');
}

if (import.meta.url === `file://${process.argv[1]}`) writeEditorData(resolve(process.argv[2] ?? '.'));
