#!/usr/bin/env node
/**
 * The script tag partners paste, from the file just built: the versioned jsDelivr address (the
 * version from package.json) and the Subresource Integrity hash (sha384) of the script-tag entry.
 * Run by `npm run build` after rollup, because the entry's bytes change whenever src/ does:
 *   - writes dist/embed.json ({name, version, file, cdn, integrity}), read by the configurator;
 *   - rewrites the README block between the embed-snippet markers.
 * The integrity covers the entry file; the chunks it imports are named by their content hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCRIPT_ENTRY, cdnUrl, embedCode } from '../demo/configure-model.js';

export const README_START = '<!-- embed-snippet: written by `npm run build` (scripts/embed-snippet.mjs) from the built file; do not edit -->';
export const README_END = '<!-- /embed-snippet -->';

/** `sha384-…` of a file's bytes, as the `integrity` attribute wants it. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The package's embed facts, from package.json and the built entry under `root`. */
export function embedInfo(root) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const integrity = sriHash(readFileSync(new URL(SCRIPT_ENTRY, root)));
  return { name: pkg.name, version: pkg.version, file: SCRIPT_ENTRY, cdn: cdnUrl(pkg.name, pkg.version), integrity };
}

/** The README block: the markers around a fenced example with the script tag and one map. */
export function readmeBlock(info) {
  const code = embedCode({ src: info.cdn, integrity: info.integrity, tag: 'nordic-migration-map', attributes: [] });
  return `${README_START}\n\`\`\`html\n${code}\n\`\`\`\n${README_END}`;
}

/** The README with its block replaced; throws when the markers are missing. */
export function withBlock(readme, info) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) throw new Error('README.md: embed-snippet markers not found');
  return readme.slice(0, start) + readmeBlock(info) + readme.slice(end + README_END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const info = embedInfo(root);
  writeFileSync(new URL('dist/embed.json', root), `${JSON.stringify(info, null, 2)}\n`);
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const next = withBlock(readme, info);
  if (next !== readme) writeFileSync(readmeUrl, next);
  console.log(`embed snippet: ${info.cdn} ${info.integrity}`);
}
