/**
 * Writes translations into the XLIFF files: `node scripts/i18n-merge.mjs translations.json`,
 * where the JSON maps an English source text (placeholders written `{0}`, `{1}` in the order of
 * the source's expressions) to `{ sv, nb, da, fi, is }`. Existing targets are replaced. Run
 * `npm run i18n:extract` first so every message has a trans-unit, `npm run i18n:build` after.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['sv', 'nb', 'da', 'fi', 'is'];
const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

let missing = 0;
for (const lang of LANGS) {
  const path = new URL(`../xliff/${lang}.xlf`, import.meta.url);
  let xml = readFileSync(path, 'utf8');
  xml = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g, (unit, id, source) => {
    const placeholders = [];
    const key = unescape(source.replace(/<x id="(\d+)" equiv-text="[^"]*"\/>/g, (tag, n) => {
      placeholders[Number(n)] = tag;
      return `{${n}}`;
    }));
    const target = translations[key]?.[lang];
    if (!target) {
      missing++;
      return unit;
    }
    const body = escape(target).replace(/\{(\d+)\}/g, (_, n) => placeholders[Number(n)] ?? `{${n}}`);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${body}</target>\n</trans-unit>`;
  });
  writeFileSync(path, xml);
}
console.log(missing ? `${missing} message(s) without a translation in the given file` : 'all messages translated');
