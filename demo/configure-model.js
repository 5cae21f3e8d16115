/**
 * The configurator's pure logic (no DOM): which control each attribute gets, read from the
 * Custom Elements Manifest, and the embed code a partner pastes. Also imported by
 * scripts/embed-snippet.mjs, so the README's script tag and the configurator's are written by
 * the same function.
 */

/** The package's script-tag entry, relative to the package root (what the CDN serves). */
export const SCRIPT_ENTRY = 'dist/nordic-integration-widgets.js';

/** Tag and attribute names we accept from the manifest before putting them into the page. */
const TAG_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The literal values of a union type as the manifest writes it (`'grid' | 'list'`, `2 | 3 | 4`),
 * or null when any member is not a literal (`string`, `number`), i.e. the value is free.
 * `undefined` and `null` members are dropped (they mean "unset").
 */
export function parseUnion(typeText) {
  if (typeof typeText !== 'string') return null;
  const members = typeText.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 0) return null;
  const values = [];
  for (const member of members) {
    const quoted = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(member);
    if (quoted) values.push(quoted[1] ?? quoted[2]);
    else if (/^-?\d+(\.\d+)?$/.test(member)) values.push(Number(member));
    else return null;
  }
  return values;
}

/** A manifest default (`'grid'`, `3`, `false`, `undefined`) as a value, or undefined. */
export function parseDefault(text) {
  if (typeof text !== 'string') return undefined;
  const literal = parseUnion(text);
  if (literal?.length === 1) return literal[0];
  if (text === 'true' || text === 'false') return text === 'true';
  return undefined;
}

/**
 * One control per attribute: `boolean` (a checkbox), `choice` (the union's values), `number`
 * or `text`. The default is what the element uses when the attribute is absent.
 */
export function describeAttribute(attribute) {
  const type = attribute.type?.text ?? 'string';
  const choices = parseUnion(type);
  const kind = type === 'boolean' ? 'boolean' : choices ? 'choice' : /^number( \| undefined)?$/.test(type) ? 'number' : 'text';
  const control = { name: attribute.name, kind, description: attribute.description ?? '', defaultValue: parseDefault(attribute.default) };
  if (kind === 'choice') control.choices = choices.map(String);
  return control;
}

/** The elements of a manifest, in manifest order, each with one control per attribute. */
export function describeElements(manifest) {
  const elements = [];
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !TAG_NAME.test(declaration.tagName ?? '')) continue;
      elements.push({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes: (declaration.attributes ?? []).filter((attribute) => ATTRIBUTE_NAME.test(attribute.name)).map(describeAttribute),
      });
    }
  }
  return elements;
}

/** Text made safe inside a double-quoted HTML attribute value (and as element text). */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The attributes to write for a set of control values: in manifest order, a checked boolean as
 * a bare name, a non-empty value as name="value"; empty (the default) and unchecked are left out.
 */
export function attributesToWrite(element, values) {
  const written = [];
  for (const control of element.attributes) {
    const value = values[control.name];
    if (control.kind === 'boolean') {
      if (value === true) written.push([control.name, true]);
    } else if (value !== undefined && value !== null && String(value).trim() !== '') {
      written.push([control.name, String(value).trim()]);
    }
  }
  return written;
}

/** The element's HTML: `<tag a="v" flag></tag>`, every value escaped. */
export function elementHtml(tag, attributes) {
  if (!TAG_NAME.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  const parts = attributes.map(([name, value]) => {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`not an attribute name: ${name}`);
    return value === true ? name : `${name}="${escapeAttribute(value)}"`;
  });
  return `<${[tag, ...parts].join(' ')}></${tag}>`;
}

/** The versioned jsDelivr address of the script-tag entry. */
export function cdnUrl(name, version) {
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/${SCRIPT_ENTRY}`;
}

/**
 * The script tag, with its Subresource Integrity hash when known. `crossorigin` because the
 * browser checks integrity only on CORS requests (module scripts are, but say so for clarity).
 */
export function scriptTag(src, integrity) {
  const checks = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttribute(src)}"${checks}></script>`;
}

/** What a partner pastes: the script tag (once per page), a blank line, the element. */
export function embedCode({ src, integrity, tag, attributes }) {
  return `${scriptTag(src, integrity)}\n\n${elementHtml(tag, attributes)}`;
}
