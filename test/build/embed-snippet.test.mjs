// The script tag in the README and in dist/embed.json (read by the configurator) carries the
// versioned CDN address and the SRI hash of the entry just built (npm run build rewrites both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { README_END, README_START, embedInfo } from '../../scripts/embed-snippet.mjs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const built = readFileSync(new URL('dist/nordic-integration-widgets.js', root));
const integrity = `sha384-${createHash('sha384').update(built).digest('base64')}`;
const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/nordic-integration-widgets.js`;

test("dist/embed.json: this build's hash and the package's version", () => {
  const info = JSON.parse(readFileSync(new URL('dist/embed.json', root), 'utf8'));
  assert.deepEqual(info, { name: pkg.name, version: pkg.version, file: 'dist/nordic-integration-widgets.js', cdn, integrity });
  assert.deepEqual(embedInfo(root), info);
});

test("the README's script tag: versioned address and the built file's hash", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const block = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
  assert.ok(block.length > README_START.length, 'README has the embed-snippet block');
  assert.ok(block.includes(`<script type="module" src="${cdn}" integrity="${integrity}" crossorigin="anonymous"></script>`), 'README block matches the build');
});
