// Translations stay complete: every message of the source has a translation in every
// language, the XLIFF files are in step with the source, and templates hold no bare text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import ts from 'typescript';

const root = new URL('../../', import.meta.url).pathname;
const LANGS = ['sv', 'nb', 'da', 'fi', 'is'];

function units(xml) {
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');

test('every message has a translation in every language, with the same placeholders', () => {
  const problems = [];
  for (const lang of LANGS) {
    for (const unit of units(readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8'))) {
      if (!unit.target?.trim()) problems.push(`${lang}: ${unit.id} "${unit.source.slice(0, 60)}" has no translation`);
      else if (placeholders(unit.source) !== placeholders(unit.target)) problems.push(`${lang}: ${unit.id} placeholders differ`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the XLIFF files hold exactly the messages of the source (run npm run i18n:extract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  const config = JSON.parse(readFileSync(join(root, 'xliff/lit-localize.json'), 'utf8'));
  config.tsConfig = join(root, 'tsconfig.json');
  config.interchange.xliffDir = dir;
  config.output.outputDir = join(dir, 'out');
  const configPath = join(dir, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(config));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', `--config=${configPath}`], { cwd: root, stdio: 'pipe' });
  const fresh = new Set(units(readFileSync(join(dir, 'sv.xlf'), 'utf8')).map((u) => u.id));
  const committed = new Set(units(readFileSync(join(root, 'xliff/sv.xlf'), 'utf8')).map((u) => u.id));
  assert.deepEqual([...fresh].filter((id) => !committed.has(id)), [], 'messages in the source missing from xliff/');
  assert.deepEqual([...committed].filter((id) => !fresh.has(id)), [], 'stale messages in xliff/');
});

test('the generated locale modules are in step with the XLIFF files (run npm run i18n:build)', () => {
  for (const lang of LANGS) {
    const generated = readFileSync(join(root, 'src/generated/locales', `${lang}.ts`), 'utf8');
    for (const unit of units(readFileSync(join(root, 'xliff', `${lang}.xlf`), 'utf8'))) {
      assert.ok(generated.includes(`'${unit.id}'`), `${lang}.ts lacks ${unit.id}`);
    }
  }
});

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Text a reader would see in a lit template literal, with expressions removed. */
export function bareTemplateText(code, fileName = 'x.ts') {
  const found = [];
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(file))) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      const joined = parts.join('\u0000');
      const withoutComments = joined.replace(/<!--[\s\S]*?-->/g, '');
      // Visible attributes whose literal text a reader (or screen reader) gets.
      for (const match of withoutComments.matchAll(/\b(aria-label|aria-description|title|alt|placeholder)="([^"\u0000]*)"/g)) {
        if (/\p{L}/u.test(match[2])) found.push(`${match[1]}="${match[2]}"`);
      }
      const text = withoutComments.replace(/<[^>]*>/g, ' ');
      for (const piece of text.split('\u0000')) {
        const words = piece.replace(/&\w+;/g, ' ').trim();
        if (/\p{L}{2,}/u.test(words)) found.push(words);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('the template scanner finds bare text (it can fail)', () => {
  assert.deepEqual(bareTemplateText('html`<p>Hello ${name}</p><b aria-label="Close">${x}</b>`'), ['aria-label="Close"', 'Hello']);
  assert.deepEqual(bareTemplateText('html`<p>${msg("Hello")}</p> <span aria-hidden="true">▲</span>`'), []);
});

test('templates in src/ show no text that bypasses msg()', () => {
  const problems = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    for (const text of bareTemplateText(readFileSync(path, 'utf8'), path)) problems.push(`${relative(root, path)}: ${text}`);
  }
  assert.deepEqual(problems, []);
});
